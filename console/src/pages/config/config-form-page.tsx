import { useCreate, useGo, useInvalidate, useOne, useUpdate } from "@refinedev/core"
import { App, Button, Card, Flex, Form, Skeleton, Space, Typography } from "antd"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { useConfig } from "../../hooks/use-config.ts"
import type { TicketflowError } from "../../providers/http-client.ts"
import { configSpecs } from "./config-specs.tsx"

type Row = Record<string, unknown>

/** The create or edit form of one configuration resource; the API's field errors land on the fields. */
export default function ConfigFormPage({ resource, action }: { resource: string; action: "create" | "edit" }) {
  const { t } = useTranslation()
  const go = useGo()
  const { message } = App.useApp()
  const invalidate = useInvalidate()
  const config = useConfig()
  const spec = configSpecs[resource]
  const { id = "" } = useParams()
  const [form] = Form.useForm<Row>()
  const [saving, setSaving] = useState(false)
  const { result: record, query } = useOne<Row>({ resource, id, queryOptions: { enabled: action === "edit" } })
  const { mutateAsync: create } = useCreate()
  const { mutateAsync: update } = useUpdate()

  useEffect(() => {
    if (spec === undefined) return
    if (action === "create") form.setFieldsValue((spec.defaults ?? {}) as never)
    else if (record !== undefined) form.setFieldsValue((spec.toForm?.(record, config) ?? record) as never)
    // The form is filled once per record, not on every config refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, record, spec, form])

  if (spec === undefined) return null
  const save = async (values: Row) => {
    setSaving(true)
    const body = spec.toBody?.(values, config) ?? values
    try {
      if (action === "create") await create({ resource, values: body, successNotification: false, errorNotification: false })
      else await update({ resource, id, values: body, successNotification: false, errorNotification: false })
      await invalidate({ resource, invalidates: ["list", "detail"] })
      if (resource === "users") await invalidate({ resource: "departments", invalidates: ["list"] })
      void message.success(t(action === "create" ? "notifications.createSuccess" : "notifications.editSuccess", { resource: t(`${resource}.titles.show`) }))
      go({ to: `/${resource}` })
    } catch (error) {
      const failure = error as TicketflowError
      const fields = Object.entries(failure.errors ?? {}).map(([path, messages]) => ({ name: path.split("."), errors: ([] as string[]).concat(messages as string | string[]) }))
      if (fields.length > 0) form.setFields(fields as never)
      void message.error(failure.message)
    } finally {
      setSaving(false)
    }
  }
  return (
    <Flex vertical gap={16} style={{ padding: 24, maxWidth: 820 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t(`${resource}.titles.${action}`)}
      </Typography.Title>
      <Card>
        {action === "edit" && query.isLoading ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Form form={form} layout="vertical" onFinish={(values) => void save({ ...(record ?? {}), ...values })} scrollToFirstError>
            {spec.form(config, t, action)}
            <Space style={{ marginTop: 8 }}>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t("buttons.save")}
              </Button>
              <Button onClick={() => go({ to: `/${resource}` })}>{t("buttons.cancel")}</Button>
            </Space>
          </Form>
        )}
      </Card>
    </Flex>
  )
}
