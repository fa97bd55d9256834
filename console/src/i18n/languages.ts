import type { ConfigProviderProps } from "antd"
import type { Messages } from "./locales/en.ts"

/** The languages of the console, in the order the picker lists them. */
export const languages = [
  { code: "en", name: "English", flag: "🇬🇧" },
  { code: "vi", name: "Tiếng Việt", flag: "🇻🇳" },
  { code: "es", name: "Español", flag: "🇪🇸" },
  { code: "it", name: "Italiano", flag: "🇮🇹" },
  { code: "fr", name: "Français", flag: "🇫🇷" },
  { code: "ru", name: "Русский", flag: "🇷🇺" },
] as const
/** A language code of the console. */
export type LanguageCode = (typeof languages)[number]["code"]

/** Whether a string names a language of the console. */
export function isLanguage(code: string | null | undefined): code is LanguageCode {
  return languages.some((l) => l.code === code)
}

/** The messages of each language, loaded when first chosen (English ships in the main bundle). */
export const messageLoaders: Readonly<Record<LanguageCode, () => Promise<Messages>>> = {
  en: () => import("./locales/en.ts").then((m) => m.en),
  vi: () => import("./locales/vi.ts").then((m) => m.vi),
  es: () => import("./locales/es.ts").then((m) => m.es),
  it: () => import("./locales/it.ts").then((m) => m.it),
  fr: () => import("./locales/fr.ts").then((m) => m.fr),
  ru: () => import("./locales/ru.ts").then((m) => m.ru),
}

/**
 * antd's locale object, as `<ConfigProvider locale>` takes it. Named through antd's main entry,
 * which every module resolution finds, unlike the deep `antd/es/locale` path.
 */
export type AntdLocale = NonNullable<ConfigProviderProps["locale"]>

/** antd's own texts (pagination, pickers, empty states) in each language. */
export const antdLocaleLoaders: Readonly<Record<LanguageCode, () => Promise<AntdLocale>>> = {
  en: () => import("antd/locale/en_US").then((m) => m.default),
  vi: () => import("antd/locale/vi_VN").then((m) => m.default),
  es: () => import("antd/locale/es_ES").then((m) => m.default),
  it: () => import("antd/locale/it_IT").then((m) => m.default),
  fr: () => import("antd/locale/fr_FR").then((m) => m.default),
  ru: () => import("antd/locale/ru_RU").then((m) => m.default),
}

/** dayjs's month and weekday names, for dates and relative times. */
export const dayjsLocaleLoaders: Readonly<Record<LanguageCode, () => Promise<unknown>>> = {
  en: async () => undefined,
  vi: () => import("dayjs/locale/vi"),
  es: () => import("dayjs/locale/es"),
  it: () => import("dayjs/locale/it"),
  fr: () => import("dayjs/locale/fr"),
  ru: () => import("dayjs/locale/ru"),
}
