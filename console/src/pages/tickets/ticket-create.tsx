import { CheckCircleFilled } from "@ant-design/icons"
import { useCreate, useGo } from "@refinedev/core"
import type { TicketView } from "@ticketflow/hono/client"
import { App, Button, Card, Col, Collapse, DatePicker, Flex, Form, Input, Result, Row, Select, Typography } from "antd"
import type { Dayjs } from "dayjs"
import dayjs from "dayjs"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { FilePicker, uploadAll, type PickedFiles } from "../../components/file-picker.tsx"
import { useConsole } from "../../context.tsx"
import { useConfig } from "../../hooks/use-config.ts"
import { useMe } from "../../hooks/use-me.ts"
import { humanize } from "../../i18n/labels.ts"
import type { TicketflowError } from "../../providers/http-client.ts"
import { catalogFields, catalogOptions } from "./catalog-fields.ts"

interface CreateValues {
  subject: string
  description?: string
  type?: string
  priority?: string
  department?: string
  catalog?: Record<string, string | undefined>
  desiredDueDate?: Dayjs
  contact?: { name?: string; email?: string; phone?: string }
  requesterId?: string
}

/** Fields of antd's form by the API's field paths, for server-side errors. */
const formField = (path: string): (string | number)[] => path.split(".")

/** The new-request form: the ticket number is shown once it is created. */
export default function TicketCreatePage() {
  const { t } = useTranslation()
  const go = useGo()
  const { message } = App.useApp()
  const { client } = useConsole()
  const config = useConfig()
  const me = useMe()
  const [form] = Form.useForm<CreateValues>()
  const [files, setFiles] = useState<PickedFiles>([])
  const [sending, setSending] = useState(false)
  const [created, setCreated] = useState<TicketView | null>(null)
  const { mutateAsync: create } = useCreate<TicketView>()
  const settings = me?.tenant.settings
  const required = new Set<string>(settings?.requiredFields ?? [])
  const fields = useMemo(() => catalogFields(config.catalog), [config.catalog])
  const chosen = Form.useWatch("catalog", form) as Record<string, string | undefined> | undefined

  useEffect(() => {
    if (me === null || me === undefined) return
    form.setFieldValue("contact", { name: me.user.name, email: me.user.email })
  }, [me, form])

  // A customer with a single site has it chosen for them; the select shows only with several.
  useEffect(() => {
    const sites = fields.find((f) => f.kind === "site")
    if (sites?.items.length === 1 && form.getFieldValue(["catalog", "site"]) === undefined) form.setFieldValue(["catalog", "site"], sites.items[0]?.key)
  }, [fields, form])

  const submit = async (values: CreateValues) => {
    setSending(true)
    try {
      const attachmentIds = await uploadAll(client, files)
      const catalog = Object.fromEntries(Object.entries(values.catalog ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== null))
      const contact = values.contact?.name ? { name: values.contact.name, email: values.contact.email || null, phone: values.contact.phone || null } : undefined
      const { data } = await create({
        resource: "tickets",
        values: {
          subject: values.subject,
          ...(values.description ? { description: values.description } : {}),
          ...(values.type ? { type: values.type } : {}),
          ...(values.priority ? { priority: values.priority } : {}),
          ...(values.department ? { department: values.department } : {}),
          ...(Object.keys(catalog).length > 0 ? { catalog } : {}),
          ...(values.desiredDueDate ? { desiredDueDate: values.desiredDueDate.format("YYYY-MM-DD") } : {}),
          ...(contact === undefined ? {} : { contact }),
          ...(values.requesterId ? { requesterId: values.requesterId } : {}),
          ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
        },
        successNotification: false,
      })
      setCreated(data)
    } catch (error) {
      const failure = error as TicketflowError
      const errors = Object.entries(failure.errors ?? {}).map(([path, messages]) => ({ name: formField(path), errors: ([] as string[]).concat(messages as string | string[]) }))
      if (errors.length > 0) form.setFields(errors as never)
      else void message.error(failure.message)
    } finally {
      setSending(false)
    }
  }

  if (created !== null) {
    return (
      <Flex justify="center" style={{ padding: 24 }}>
        <Card style={{ maxWidth: 640, width: "100%" }}>
          <Result
            icon={<CheckCircleFilled style={{ color: "#52c41a" }} />}
            title={<span data-testid="created-number">{t("tickets.create.success", { number: created.number })}</span>}
            subTitle={t("tickets.create.successHint")}
            extra={[
              <Button key="open" type="primary" onClick={() => go({ to: `/tickets/${created.number}` })}>
                {t("tickets.create.view")}
              </Button>,
              <Button
                key="again"
                onClick={() => {
                  setCreated(null)
                  setFiles([])
                  form.resetFields()
                }}
              >
                {t("tickets.create.another")}
              </Button>,
            ]}
          />
        </Card>
      </Flex>
    )
  }

  const requiredRule = (key: string) => (required.has(key) ? [{ required: true, message: t("tickets.create.required") }] : [])
  const customers = config.users.filter((u) => u.kind === "customer" && u.active)

  return (
    <Flex vertical gap={16} style={{ padding: 24, maxWidth: 1100 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t("tickets.titles.create")}
      </Typography.Title>
      <Form<CreateValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Card>
              <Form.Item name="subject" label={t("tickets.fields.subject")} rules={[{ required: true, whitespace: true, message: t("tickets.create.required") }, { max: 300 }]}>
                <Input size="large" placeholder={t("tickets.create.subjectPlaceholder")} maxLength={300} />
              </Form.Item>
              <Form.Item name="description" label={t("tickets.fields.description")}>
                <Input.TextArea rows={8} placeholder={t("tickets.create.descriptionPlaceholder")} />
              </Form.Item>
              <Form.Item label={t("tickets.fields.files")}>
                <FilePicker value={files} onChange={setFiles} policy={settings?.attachmentPolicy} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card>
              {config.team && (
                <Form.Item name="requesterId" label={t("tickets.create.requester")} tooltip={t("tickets.create.requesterHint")}>
                  <Select allowClear showSearch optionFilterProp="label" options={customers.map((u) => ({ value: u.id, label: `${u.name} · ${u.email}` }))} />
                </Form.Item>
              )}
              <Form.Item name="type" label={t("tickets.fields.type")} rules={requiredRule("type")}>
                <Select allowClear options={config.types.map((type) => ({ value: type.key, label: config.labelOf(type) }))} />
              </Form.Item>
              <Form.Item name="priority" label={t("tickets.fields.priority")} rules={requiredRule("priority")}>
                <Select allowClear options={config.priorities.map((p) => ({ value: p.key, label: config.labelOf(p) }))} />
              </Form.Item>
              <Form.Item name="department" label={t("tickets.fields.department")} rules={requiredRule("department")}>
                <Select allowClear options={config.departments.map((d) => ({ value: d.key, label: config.labelOf(d) }))} />
              </Form.Item>
              {fields.map((field) => {
                const options = catalogOptions(field, field.parentKind === null ? undefined : chosen?.[field.parentKind])
                if (field.kind === "site" && field.items.length <= 1) return null
                return (
                  <Form.Item key={field.kind} name={["catalog", field.kind]} label={t(`tickets.fields.${field.kind}`, { defaultValue: humanize(field.kind) })} rules={requiredRule(`catalog:${field.kind}`)}>
                    <Select
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      disabled={field.parentKind !== null && chosen?.[field.parentKind] === undefined}
                      options={options.map((item) => ({ value: item.key, label: config.labelOf(item) }))}
                      onChange={() => {
                        // A new application clears the module chosen under the old one.
                        for (const child of fields.filter((f) => f.parentKind === field.kind)) form.setFieldValue(["catalog", child.kind], undefined)
                      }}
                    />
                  </Form.Item>
                )
              })}
              <Form.Item name="desiredDueDate" label={t("tickets.fields.desiredDueDate")} rules={requiredRule("desiredDueDate")}>
                <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isBefore(dayjs().startOf("day"))} />
              </Form.Item>
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: "contact",
                    label: t("tickets.fields.contact"),
                    forceRender: true,
                    children: (
                      <>
                        <Form.Item name={["contact", "name"]} label={t("tickets.fields.contactName")}>
                          <Input autoComplete="name" />
                        </Form.Item>
                        <Form.Item name={["contact", "email"]} label={t("tickets.fields.contactEmail")} rules={[{ type: "email" }]}>
                          <Input autoComplete="email" />
                        </Form.Item>
                        <Form.Item name={["contact", "phone"]} label={t("tickets.fields.contactPhone")}>
                          <Input autoComplete="tel" />
                        </Form.Item>
                      </>
                    ),
                  },
                ]}
              />
              <Button type="primary" htmlType="submit" size="large" block loading={sending} style={{ marginTop: 16 }}>
                {t("tickets.create.submit")}
              </Button>
            </Card>
          </Col>
        </Row>
      </Form>
    </Flex>
  )
}
