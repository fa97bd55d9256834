import type { I18nProvider } from "@refinedev/core"
import i18next, { type i18n as I18n } from "i18next"
import { initReactI18next } from "react-i18next"
import { isLanguage, languages, messageLoaders, type LanguageCode } from "../i18n/languages.ts"
import { en } from "../i18n/locales/en.ts"

const storageKey = "ticketflow.locale"

/** The language to start in: the one chosen before, else the browser's, else English. */
export function initialLanguage(): LanguageCode {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(storageKey)
  if (isLanguage(stored)) return stored
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language])
  for (const tag of browser) {
    const code = tag.split("-")[0]
    if (isLanguage(code)) return code
  }
  return "en"
}

/** Loads a language's messages into i18next unless they are there already. */
export async function ensureLanguage(i18n: I18n, code: LanguageCode): Promise<void> {
  if (i18n.hasResourceBundle(code, "translation")) return
  i18n.addResourceBundle(code, "translation", await messageLoaders[code](), true, true)
}

/** An i18next instance with English loaded and the starting language ready. */
export async function createI18n(language: LanguageCode = initialLanguage()): Promise<I18n> {
  const i18n = i18next.createInstance()
  await i18n.use(initReactI18next).init({
    lng: "en",
    fallbackLng: "en",
    supportedLngs: languages.map((l) => l.code),
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  if (language !== "en") {
    await ensureLanguage(i18n, language)
    await i18n.changeLanguage(language)
  }
  return i18n
}

/**
 * Refine's i18n provider over i18next: Refine's own keys (`buttons.save`, `notifications.*`)
 * and the console's share one dictionary per language; changing the language loads it first
 * and remembers the choice.
 */
export function createI18nProvider(i18n: I18n): I18nProvider {
  return {
    translate: (key: string, options?: unknown, defaultMessage?: string) => {
      // Refine also calls translate(key, defaultMessage).
      if (typeof options === "string") return i18n.t(key, { defaultValue: options })
      return i18n.t(key, { ...(options as object | undefined), ...(defaultMessage === undefined ? {} : { defaultValue: defaultMessage }) }) as string
    },
    changeLocale: async (locale: string) => {
      if (!isLanguage(locale)) return
      await ensureLanguage(i18n, locale)
      await i18n.changeLanguage(locale)
      if (typeof localStorage !== "undefined") localStorage.setItem(storageKey, locale)
      if (typeof document !== "undefined") document.documentElement.lang = locale
    },
    getLocale: () => i18n.language,
  }
}
