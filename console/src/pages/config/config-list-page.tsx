import { PlusOutlined, SearchOutlined } from "@ant-design/icons"
import { useGo, useList } from "@refinedev/core"
import { DeleteButton, EditButton } from "@refinedev/antd"
import { Button, Card, Empty, Flex, Input, Space, Table, Typography } from "antd"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useConfig } from "../../hooks/use-config.ts"
import { configSpecs } from "./config-specs.tsx"

type Row = Record<string, unknown> & { children?: Row[] }

/** Nests catalog items under their parents. */
function asTree(rows: ReadonlyArray<Row>): Row[] {
  const byKey = new Map(rows.map((r) => [String(r.key), { ...r } as Row]))
  const roots: Row[] = []
  for (const row of byKey.values()) {
    const parent = row.parentKey === null || row.parentKey === undefined ? undefined : byKey.get(String(row.parentKey))
    if (parent === undefined) roots.push(row)
    else (parent.children ??= []).push(row)
  }
  return roots
}

/** The list of one configuration resource, with search, edit and delete. */
export default function ConfigListPage({ resource }: { resource: string }) {
  const { t } = useTranslation()
  const go = useGo()
  const config = useConfig()
  const spec = configSpecs[resource]
  const [search, setSearch] = useState("")
  const { result, query } = useList<Row>({
    resource,
    pagination: { mode: "off" },
    filters: search.trim() === "" ? [] : [{ field: "q", operator: "contains", value: search.trim() }],
  })
  const rows = useMemo(() => (spec?.tree === true && search.trim() === "" ? asTree(result.data) : result.data), [spec, result.data, search])
  if (spec === undefined) return null
  const id = (r: Row) => String(r[spec.idField])
  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t(`${resource}.titles.list`)}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => go({ to: `/${resource}/create` })}>
          {t("buttons.create")}
        </Button>
      </Flex>
      <Card>
        <Input allowClear prefix={<SearchOutlined />} placeholder={t("common.search")} aria-label={t("common.search")} value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320, marginBottom: 16 }} />
        <Table<Row>
          rowKey={id}
          size="middle"
          loading={query.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={spec.tree === true ? { defaultExpandAllRows: true } : undefined}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("common.empty")} /> }}
          columns={[
            ...spec.columns(config, t),
            {
              title: t("common.actions"),
              key: "actions",
              align: "right",
              width: 110,
              render: (_: unknown, record: Row) => (
                <Space>
                  <EditButton hideText size="small" resource={resource} recordItemId={id(record)} />
                  {resource !== "users" && <DeleteButton hideText size="small" resource={resource} recordItemId={id(record)} />}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  )
}
