import { useSetLocale } from "@refinedev/core"
import { Select } from "antd"
import { useTranslation } from "react-i18next"
import { languages } from "../i18n/languages.ts"

/** Chooses the UI language; the choice is remembered in the browser. */
export function LanguagePicker({ size = "middle" }: { size?: "small" | "middle" }) {
  const { t, i18n } = useTranslation()
  const setLocale = useSetLocale()
  return (
    <Select
      aria-label={t("app.language")}
      size={size}
      value={i18n.language}
      style={{ minWidth: 140 }}
      onChange={(code: string) => void setLocale(code)}
      options={languages.map((l) => ({ value: l.code, label: l.name }))}
      popupMatchSelectWidth={false}
    />
  )
}
