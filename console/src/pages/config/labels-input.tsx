import { Form, Input, Space } from "antd"
import { useTranslation } from "react-i18next"
import { languages } from "../../i18n/languages.ts"

/** Inputs for an entity's name in each language other than English (its `name`). */
export function LabelsInput({ name = ["labels"] }: { name?: ReadonlyArray<string | number> }) {
  const { t } = useTranslation()
  return (
    <Form.Item label={t("common.labels")} tooltip={t("common.labelsHint")} style={{ marginBottom: 8 }}>
      <Space direction="vertical" style={{ width: "100%" }} size={6}>
        {languages
          .filter((l) => l.code !== "en")
          .map((l) => (
            <Form.Item key={l.code} name={[...name, l.code]} noStyle>
              <Input addonBefore={<span style={{ display: "inline-block", width: 28 }}>{l.code}</span>} aria-label={`${t("common.labels")} ${l.name}`} placeholder={l.name} />
            </Form.Item>
          ))}
      </Space>
    </Form.Item>
  )
}

/** Drops empty translations so `labels` holds only real ones. */
export function cleanLabels(labels: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(labels ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""))
}
