import { useList } from "@refinedev/core"
import type { CatalogItemView, DepartmentView, PriorityView, SlaPolicyView, TicketTypeView, UserView } from "@ticketflow/hono/client"
import { Checkbox, ColorPicker, Form, Input, InputNumber, Select, Space, Switch, Tag, Typography } from "antd"
import type { TableColumnType } from "antd"
import type { TFunction } from "i18next"
import type { ReactNode } from "react"
import type { ConsoleConfig } from "../../hooks/use-config.ts"
import { languages } from "../../i18n/languages.ts"
import { CalendarHoursInput } from "./calendar-hours-input.tsx"
import { LabelsInput, cleanLabels } from "./labels-input.tsx"

type Row = Record<string, unknown>

/** How one configuration resource is listed and edited. */
export interface ConfigSpec {
  /** The field that identifies a record in URLs: `key`, or `id` for users. */
  readonly idField: "key" | "id"
  readonly columns: (config: ConsoleConfig, t: TFunction) => TableColumnType<Row>[]
  readonly form: (config: ConsoleConfig, t: TFunction, action: "create" | "edit") => ReactNode
  /** Values of a new record. */
  readonly defaults?: Row
  /** From the form to the API's body. */
  readonly toBody?: (values: Row, config: ConsoleConfig) => Row
  /** From the record to the form (edit). */
  readonly toForm?: (record: Row, config: ConsoleConfig) => Row
  /** Shown as a tree by `parentKey`. */
  readonly tree?: boolean
}

const keyRule = (t: TFunction) => [{ required: true }, { pattern: /^[a-z0-9][a-z0-9_-]*$/, message: "a-z 0-9 - _" }]
const keyAndName = (t: TFunction, action: "create" | "edit") => (
  <>
    <Form.Item name="key" label={t("common.key")} rules={keyRule(t)}>
      <Input disabled={action === "edit"} style={{ fontFamily: "monospace" }} />
    </Form.Item>
    <Form.Item name="name" label={t("common.name")} rules={[{ required: true, whitespace: true }]}>
      <Input />
    </Form.Item>
    <LabelsInput />
  </>
)
const nameColumns = (config: ConsoleConfig, t: TFunction): TableColumnType<Row>[] => [
  { title: t("common.name"), dataIndex: "name", key: "name", sorter: (a, b) => String(a.name).localeCompare(String(b.name)), render: (_: unknown, r) => <Typography.Text strong>{config.labelOf(r as never)}</Typography.Text> },
  { title: t("common.key"), dataIndex: "key", key: "key", render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
]
const withLabels = (values: Row): Row => ({ ...values, labels: cleanLabels(values.labels as Record<string, string>) })
const nullIfEmpty = (value: unknown) => (value === undefined || value === "" ? null : value)
const workflowOptions = (config: ConsoleConfig) => config.workflows.map((w) => ({ value: w.key, label: config.labelOf(w) }))

/** The specs of every configuration resource the console edits. */
export const configSpecs: Readonly<Record<string, ConfigSpec>> = {
  departments: {
    idField: "key",
    columns: (config, t) => [
      ...nameColumns(config, t),
      { title: t("departments.fields.members"), dataIndex: "memberIds", key: "members", render: (ids: string[]) => <Space wrap size={4}>{ids.map((id) => <Tag key={id}>{config.userName(id)}</Tag>)}</Space> },
      { title: t("departments.fields.workflow"), dataIndex: "workflowKey", key: "workflow", render: (k: string | null) => k ?? "—" },
    ],
    form: (config, t, action) => (
      <>
        {keyAndName(t, action)}
        <Form.Item name="memberIds" label={t("departments.fields.members")}>
          <Select mode="multiple" optionFilterProp="label" options={config.users.filter((u) => u.kind !== "customer").map((u) => ({ value: u.id, label: `${u.name} · ${u.email}` }))} />
        </Form.Item>
        <Form.Item name="workflowKey" label={t("departments.fields.workflow")}>
          <Select allowClear options={workflowOptions(config)} />
        </Form.Item>
        <Form.Item name="email" label={t("departments.fields.email")} rules={[{ type: "email" }]}>
          <Input />
        </Form.Item>
      </>
    ),
    defaults: { memberIds: [], labels: {} },
    toBody: (v) => ({ ...withLabels(v), memberIds: v.memberIds ?? [], workflowKey: nullIfEmpty(v.workflowKey), email: nullIfEmpty(v.email) }),
  },
  "ticket-types": {
    idField: "key",
    columns: (config, t) => [
      ...nameColumns(config, t),
      {
        title: t("ticket-types.fields.visibility"),
        dataIndex: "visibility",
        key: "visibility",
        render: (v: TicketTypeView["visibility"]) => <Tag color={v === "requester_only" ? "orange" : "default"}>{t(`ticket-types.visibility.${v}`)}</Tag>,
      },
      { title: t("ticket-types.fields.workflow"), dataIndex: "workflowKey", key: "workflow", render: (k: string | null) => k ?? "—" },
    ],
    form: (config, t, action) => (
      <>
        {keyAndName(t, action)}
        <Form.Item name="visibility" label={t("ticket-types.fields.visibility")}>
          <Select options={(["organisation", "requester_only"] as const).map((v) => ({ value: v, label: t(`ticket-types.visibility.${v}`) }))} />
        </Form.Item>
        <Form.Item name="workflowKey" label={t("ticket-types.fields.workflow")}>
          <Select allowClear options={workflowOptions(config)} />
        </Form.Item>
      </>
    ),
    defaults: { visibility: "organisation", labels: {} },
    toBody: (v) => ({ ...withLabels(v), workflowKey: nullIfEmpty(v.workflowKey) }),
  },
  priorities: {
    idField: "key",
    columns: (config, t) => [
      {
        title: t("common.name"),
        dataIndex: "name",
        key: "name",
        render: (_: unknown, r) => (
          <Space>
            <span aria-hidden style={{ display: "inline-block", width: 10, height: 10, borderRadius: 5, background: String((r as PriorityView).color) }} />
            <Typography.Text strong>{config.labelOf(r as never)}</Typography.Text>
          </Space>
        ),
      },
      { title: t("common.key"), dataIndex: "key", key: "key", render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
      { title: t("priorities.fields.rank"), dataIndex: "rank", key: "rank", sorter: (a, b) => Number(a.rank) - Number(b.rank), defaultSortOrder: "descend" },
    ],
    form: (_config, t, action) => (
      <>
        {keyAndName(t, action)}
        <Form.Item name="rank" label={t("priorities.fields.rank")} tooltip={t("priorities.fields.rankHint")} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} />
        </Form.Item>
        <Form.Item name="color" label={t("common.color")} getValueFromEvent={(color: { toHexString: () => string }) => color.toHexString()}>
          <ColorPicker showText disabledAlpha />
        </Form.Item>
      </>
    ),
    defaults: { rank: 20, color: "#1677ff", labels: {} },
    toBody: withLabels,
  },
  "catalog-items": {
    idField: "key",
    tree: true,
    columns: (config, t) => [
      ...nameColumns(config, t),
      { title: t("catalog-items.fields.kind"), dataIndex: "kind", key: "kind", render: (k: string) => <Tag color="geekblue">{k}</Tag> },
      {
        title: t("catalog-items.fields.organisations"),
        dataIndex: "organisationIds",
        key: "organisations",
        render: (ids: string[] | null) => (ids === null ? <Typography.Text type="secondary">{t("catalog-items.fields.allOrganisations")}</Typography.Text> : ids.map((id) => config.organisationName(id) ?? id).join(", ")),
      },
      { title: t("catalog-items.fields.active"), dataIndex: "active", key: "active", render: (a: boolean) => (a ? <Tag color="green">{t("common.yes")}</Tag> : <Tag>{t("common.no")}</Tag>) },
    ],
    form: (config, t, action) => (
      <>
        {keyAndName(t, action)}
        <Form.Item name="kind" label={t("catalog-items.fields.kind")} rules={[{ required: true }]}>
          <Select showSearch options={[...new Set(["service", "application", "module", "site", ...config.catalog.map((c) => c.kind)])].map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="parentKey" label={t("catalog-items.fields.parent")}>
          <Select allowClear showSearch optionFilterProp="label" options={config.catalog.map((c: CatalogItemView) => ({ value: c.key, label: `${config.labelOf(c)} (${c.kind})` }))} />
        </Form.Item>
        <Form.Item name="organisationIds" label={t("catalog-items.fields.organisations")} tooltip={t("catalog-items.fields.allOrganisations")}>
          <Select mode="multiple" allowClear placeholder={t("catalog-items.fields.allOrganisations")} options={config.organisations.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="active" label={t("catalog-items.fields.active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    ),
    defaults: { active: true, labels: {} },
    toBody: (v) => ({ ...withLabels(v), parentKey: nullIfEmpty(v.parentKey), organisationIds: Array.isArray(v.organisationIds) && v.organisationIds.length > 0 ? v.organisationIds : null }),
  },
  organizations: {
    idField: "key",
    columns: (config, t) => [...nameColumns(config, t), { title: t("organizations.fields.members"), key: "members", render: (_: unknown, r) => config.users.filter((u) => u.organisationId === r.id).length }],
    form: (_config, t, action) => keyAndName(t, action),
    defaults: { labels: {} },
    toBody: (v) => {
      const { id: _id, ...rest } = withLabels(v)
      return rest
    },
  },
  users: {
    idField: "id",
    columns: (config, t) => [
      { title: t("common.name"), dataIndex: "name", key: "name", sorter: (a, b) => String(a.name).localeCompare(String(b.name)), render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
      { title: t("users.fields.email"), dataIndex: "email", key: "email" },
      { title: t("users.fields.kind"), dataIndex: "kind", key: "kind", render: (k: UserView["kind"]) => <Tag color={k === "admin" ? "magenta" : k === "agent" ? "blue" : "green"}>{t(`users.kinds.${k}`)}</Tag> },
      {
        title: t("users.fields.organisation"),
        key: "organisation",
        render: (_: unknown, r) => {
          const user = r as UserView
          const org = config.organisationName(user.organisationId)
          return org === null ? "—" : `${org}${user.orgRole === "support_admin" ? ` · ${t("users.orgRoles.support_admin")}` : ""}`
        },
      },
      { title: t("users.fields.departments"), key: "departments", render: (_: unknown, r) => config.departments.filter((d: DepartmentView) => d.memberIds.includes(String(r.id))).map((d) => <Tag key={d.key}>{config.labelOf(d)}</Tag>) },
      { title: t("users.fields.active"), dataIndex: "active", key: "active", render: (a: boolean) => (a ? <Tag color="green">{t("common.yes")}</Tag> : <Tag>{t("common.no")}</Tag>) },
    ],
    form: (config, t) => (
      <>
        <Form.Item name="name" label={t("common.name")} rules={[{ required: true, whitespace: true }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t("users.fields.email")} rules={[{ required: true, type: "email" }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t("users.fields.kind")} rules={[{ required: true }]}>
          <Select options={(["customer", "agent", "admin"] as const).map((k) => ({ value: k, label: t(`users.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue("kind") === "customer" ? (
              <>
                <Form.Item name="organisationId" label={t("users.fields.organisation")}>
                  <Select allowClear options={config.organisations.map((o) => ({ value: o.id, label: o.name }))} />
                </Form.Item>
                <Form.Item name="orgRole" label={t("users.fields.orgRole")}>
                  <Select allowClear options={(["member", "support_admin"] as const).map((r) => ({ value: r, label: t(`users.orgRoles.${r}`) }))} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="departmentKeys" label={t("users.fields.departments")}>
                <Checkbox.Group options={config.departments.map((d) => ({ value: d.key, label: config.labelOf(d) }))} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="locale" label={t("users.fields.locale")}>
          <Select options={languages.map((l) => ({ value: l.code, label: l.name }))} />
        </Form.Item>
        <Form.Item name="active" label={t("users.fields.active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    ),
    defaults: { kind: "customer", locale: "en", active: true },
    toForm: (record, config) => ({ ...record, departmentKeys: config.departments.filter((d) => d.memberIds.includes(String(record.id))).map((d) => d.key) }),
    toBody: (v) => {
      const customer = v.kind === "customer"
      return {
        name: v.name,
        email: v.email,
        kind: v.kind,
        locale: v.locale,
        active: v.active,
        organisationId: customer ? nullIfEmpty(v.organisationId) : null,
        orgRole: customer ? nullIfEmpty(v.orgRole) : null,
        ...(customer ? {} : { departmentKeys: v.departmentKeys ?? [] }),
      }
    },
  },
  "sla-policies": {
    idField: "key",
    columns: (config, t) => [
      ...nameColumns(config, t),
      { title: t("sla-policies.fields.priority"), dataIndex: "priorityKey", key: "priority", render: (k: string) => config.priorityLabel(k) },
      {
        title: t("sla-policies.fields.type"),
        key: "narrowing",
        render: (_: unknown, r) => {
          const p = r as SlaPolicyView
          const parts = [config.typeLabel(p.typeKey), config.departmentLabel(p.departmentKey), config.organisationName(p.organisationId)].filter(Boolean)
          return parts.length === 0 ? <Typography.Text type="secondary">{t("sla-policies.fields.any")}</Typography.Text> : parts.join(" · ")
        },
      },
      { title: t("sla-policies.fields.firstResponse"), dataIndex: "firstResponse", key: "firstResponse", render: (d: string | null) => <Typography.Text code>{d ?? "—"}</Typography.Text> },
      { title: t("sla-policies.fields.resolution"), dataIndex: "resolution", key: "resolution", render: (d: string | null) => <Typography.Text code>{d ?? "—"}</Typography.Text> },
      { title: t("sla-policies.fields.calendar"), dataIndex: "calendarKey", key: "calendar", render: (k: string | null) => k ?? "—" },
    ],
    form: (config, t, action) => {
      const any = t("sla-policies.fields.any")
      const duration = [{ pattern: /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, message: t("sla-policies.fields.durationHint") }]
      return (
        <>
          {keyAndName(t, action)}
          <Form.Item name="priorityKey" label={t("sla-policies.fields.priority")} rules={[{ required: true }]}>
            <Select options={config.priorities.map((p) => ({ value: p.key, label: config.labelOf(p) }))} />
          </Form.Item>
          <Form.Item name="typeKey" label={t("sla-policies.fields.type")}>
            <Select allowClear placeholder={any} options={config.types.map((x) => ({ value: x.key, label: config.labelOf(x) }))} />
          </Form.Item>
          <Form.Item name="departmentKey" label={t("sla-policies.fields.department")}>
            <Select allowClear placeholder={any} options={config.departments.map((x) => ({ value: x.key, label: config.labelOf(x) }))} />
          </Form.Item>
          <Form.Item name="organisationId" label={t("sla-policies.fields.organisation")}>
            <Select allowClear placeholder={any} options={config.organisations.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="calendarKey" label={t("sla-policies.fields.calendar")}>
            <CalendarSelect />
          </Form.Item>
          <Form.Item name="firstResponse" label={t("sla-policies.fields.firstResponse")} tooltip={t("sla-policies.fields.durationHint")} rules={duration}>
            <Input placeholder="PT4H" style={{ fontFamily: "monospace", maxWidth: 200 }} />
          </Form.Item>
          <Form.Item name="resolution" label={t("sla-policies.fields.resolution")} tooltip={t("sla-policies.fields.durationHint")} rules={duration}>
            <Input placeholder="PT27H" style={{ fontFamily: "monospace", maxWidth: 200 }} />
          </Form.Item>
        </>
      )
    },
    defaults: { labels: {} },
    toBody: (v) => ({
      ...withLabels(v),
      typeKey: nullIfEmpty(v.typeKey),
      departmentKey: nullIfEmpty(v.departmentKey),
      organisationId: nullIfEmpty(v.organisationId),
      calendarKey: nullIfEmpty(v.calendarKey),
      firstResponse: nullIfEmpty(v.firstResponse),
      resolution: nullIfEmpty(v.resolution),
    }),
  },
  calendars: {
    idField: "key",
    columns: (config, t) => [
      ...nameColumns(config, t),
      { title: t("calendars.fields.timeZone"), dataIndex: "timeZone", key: "timeZone" },
      { title: t("calendars.fields.hours"), dataIndex: "hours", key: "hours", render: (hours: { day: number; from: string; to: string }[]) => hours.map((h) => `${t(`calendars.days.d${h.day}`).slice(0, 3)} ${h.from}–${h.to}`).join(", ") },
      { title: t("calendars.fields.holidays"), dataIndex: "holidays", key: "holidays", render: (d: string[]) => d.length },
    ],
    form: (_config, t, action) => (
      <>
        {keyAndName(t, action)}
        <Form.Item name="timeZone" label={t("calendars.fields.timeZone")} rules={[{ required: true }]}>
          <Select showSearch options={(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"]).map((z) => ({ value: z, label: z }))} />
        </Form.Item>
        <CalendarHoursInput />
      </>
    ),
    defaults: { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "09:00", to: "18:00" })), holidays: [], labels: {} },
    toBody: (v) => ({ ...withLabels(v), holidays: ((v.holidays as string[] | undefined) ?? []).filter(Boolean) }),
  },
}

/** A select of the tenant's business calendars. */
function CalendarSelect({ value, onChange }: { value?: string | undefined; onChange?: ((v: string | undefined) => void) | undefined }) {
  const { result } = useList<{ key: string; name: string }>({ resource: "calendars", pagination: { mode: "off" } })
  return <Select allowClear value={value} onChange={onChange} options={result.data.map((c) => ({ value: c.key, label: c.name }))} />
}
