import { describe, expect, it } from "vitest"
import { languages, messageLoaders, type LanguageCode } from "../i18n/languages.ts"
import { en } from "../i18n/locales/en.ts"
import { createI18n, createI18nProvider } from "./i18n-provider.ts"

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`
    if (typeof value === "string") found.set(path, value)
    else for (const [k, v] of leaves(value, path)) found.set(k, v)
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const reference = leaves(en as unknown as Tree)

describe("i18n: every key in all six languages", () => {
  it("has the six languages of DESIGN", () => {
    expect(languages.map((l) => l.code)).toEqual(["en", "vi", "es", "it", "fr", "ru"])
  })

  for (const { code } of languages) {
    it(`${code}: has every English key, no extra key, no empty text, the same placeholders`, async () => {
      const messages = leaves((await messageLoaders[code as LanguageCode]()) as unknown as Tree)
      const missing = [...reference.keys()].filter((key) => !messages.has(key))
      const extra = [...messages.keys()].filter((key) => !reference.has(key))
      expect(missing, `missing in ${code}`).toEqual([])
      expect(extra, `unknown in ${code}`).toEqual([])
      for (const [key, text] of messages) {
        expect(text.trim(), `${code}: ${key} is empty`).not.toBe("")
        expect(placeholders(text), `${code}: ${key} placeholders`).toEqual(placeholders(reference.get(key) ?? ""))
      }
    })
  }

  it("translates the pages' main words differently from English in every other language", async () => {
    for (const { code } of languages.filter((l) => l.code !== "en")) {
      const messages = leaves((await messageLoaders[code]()) as unknown as Tree)
      for (const key of ["menu.myRequests", "tickets.tabs.pending", "tickets.list.newRequest", "pages.login.signin", "buttons.save"]) {
        expect(messages.get(key), `${code}: ${key}`).not.toBe(reference.get(key))
      }
    }
  })
})

describe("i18n provider", () => {
  it("translates, interpolates and changes language on demand", async () => {
    const i18n = await createI18n("en")
    const provider = createI18nProvider(i18n)
    expect(provider.translate("buttons.save")).toBe("Save")
    expect(provider.translate("tickets.create.success", { number: 1042 })).toBe("Request #1042 created")
    await provider.changeLocale("ru")
    expect(provider.getLocale()).toBe("ru")
    expect(provider.translate("buttons.save")).toBe("Сохранить")
    expect(provider.translate("tickets.create.success", { number: 7 })).toBe("Заявка №7 создана")
    await provider.changeLocale("xx")
    expect(provider.getLocale()).toBe("ru")
  })

  it("falls back to Refine's default message for keys it does not know", async () => {
    const provider = createI18nProvider(await createI18n("en"))
    expect(provider.translate("unknown.key", undefined, "Fallback")).toBe("Fallback")
    expect(provider.translate("unknown.key", "Refine's own default")).toBe("Refine's own default")
  })
})
