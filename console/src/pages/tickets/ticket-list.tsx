import { PlusOutlined } from "@ant-design/icons"
import { useCustom, useGo, useList, useApiUrl, useGetIdentity } from "@refinedev/core"
import type { TicketView } from "@ticketflow/hono/client"
import { Badge, Button, Card, Empty, Flex, Segmented, Space, Table, Tabs, Tooltip, Typography } from "antd"
import type { TableProps } from "antd"
import dayjs from "dayjs"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { SlaBadge } from "../../components/sla-badge.tsx"
import { PriorityLabel, StatusTag } from "../../components/status-tag.tsx"
import { useConfig } from "../../hooks/use-config.ts"
import type { Identity } from "../../providers/auth-provider.ts"
import type { TicketCounts } from "../../providers/data-provider.ts"
import { categoriesOf, crudFilters, noFilters, type ListFilters, type StatusTab, type TicketListKind } from "./list-filters.ts"
import { TicketFiltersBar } from "./ticket-filters-bar.tsx"

const titles: Readonly<Record<TicketListKind, string>> = { mine: "menu.myRequests", organization: "menu.organizationRequests", queue: "menu.queue", assigned: "menu.myTickets" }
const pageSize = 20

function tabCount(counts: TicketCounts | undefined, tab: StatusTab): number | undefined {
  // Until the counts arrive Refine hands an empty object.
  if (counts === undefined || counts.byCategory === undefined) return undefined
  if (tab === "all") return counts.total
  return categoriesOf(tab).reduce((sum, category) => sum + (counts.byCategory[category as keyof TicketCounts["byCategory"]] ?? 0), 0)
}

/** A ticket list: My requests, Organisation requests, the queues, or the agent's own tickets. */
export default function TicketListPage({ view }: { view: TicketListKind }) {
  const { t } = useTranslation()
  const go = useGo()
  const apiUrl = useApiUrl()
  const config = useConfig()
  const { data: identity } = useGetIdentity<Identity>()
  const team = identity?.kind === "agent" || identity?.kind === "admin"
  const [tab, setTab] = useState<StatusTab>("open")
  const [filters, setFiltersState] = useState<ListFilters>(noFilters)
  const [page, setPage] = useState(1)
  const [sort, setSort] = useState<{ field: string; order: "asc" | "desc" }>({ field: "createdAt", order: "desc" })
  const setFilters = useCallback((next: ListFilters) => {
    setFiltersState(next)
    setPage(1)
  }, [])

  // Agents see their departments' queues first; admins every department.
  const queues = useMemo(() => {
    if (view !== "queue") return []
    const own = identity?.kind === "agent" ? config.departments.filter((d) => identity.departmentKeys.includes(d.key)) : config.departments
    return own
  }, [view, identity, config.departments])

  const listFilters = crudFilters(view, filters, tab)
  const { result, query } = useList<TicketView>({
    resource: "tickets",
    filters: listFilters,
    sorters: [sort],
    pagination: { currentPage: page, pageSize },
    queryOptions: { placeholderData: (previous) => previous },
  })
  const { result: countsResult } = useCustom<TicketCounts>({
    url: `${apiUrl}/tickets/counts`,
    method: "get",
    config: { filters: crudFilters(view, filters, null) },
    queryOptions: { placeholderData: (previous) => previous },
  })
  const counts = countsResult?.data as TicketCounts | undefined

  const tabs: StatusTab[] = team ? ["open", "pending", "closed", "all"] : ["open", "pending", "closed"]
  const columns: TableProps<TicketView>["columns"] = [
    {
      title: t("tickets.fields.number"),
      dataIndex: "number",
      key: "number",
      width: 90,
      sorter: true,
      sortOrder: sort.field === "number" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      // The number is a link too (seed 002 reads the list by number), to the same page as the subject.
      render: (n: number) => (
        <a
          className="tf-ticket-number"
          href={`/tickets/${n}`}
          onClick={(e) => {
            e.preventDefault()
            go({ to: `/tickets/${n}` })
          }}
        >
          #{n}
        </a>
      ),
    },
    {
      title: t("tickets.fields.subject"),
      dataIndex: "subject",
      key: "subject",
      width: "32%",
      render: (_: string, ticket) => (
        <Space direction="vertical" size={2}>
          <a
            className="tf-ticket-subject"
            href={`/tickets/${ticket.number}`}
            onClick={(e) => {
              e.preventDefault()
              go({ to: `/tickets/${ticket.number}` })
            }}
          >
            {ticket.subject}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[config.typeLabel(ticket.typeKey), team || view === "organization" ? ticket.contact.name : null, team ? config.organisationName(ticket.organisationId) : null].filter(Boolean).join(" · ")}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("tickets.fields.status"),
      dataIndex: "status",
      key: "status",
      width: 190,
      render: (_: string, ticket) => <StatusTag config={config} status={ticket.status} workflowKey={ticket.workflowKey} category={ticket.statusCategory} />,
    },
    {
      title: t("tickets.fields.priority"),
      dataIndex: "priorityKey",
      key: "priority",
      width: 130,
      sorter: true,
      sortOrder: sort.field === "priority" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      render: (key: string | null) => <PriorityLabel config={config} priority={key} />,
    },
    ...(team
      ? [
          {
            title: t("tickets.fields.department"),
            dataIndex: "departmentKey",
            key: "department",
            width: 160,
            render: (key: string | null) => config.departmentLabel(key) ?? <Typography.Text type="secondary">{t("tickets.filters.unrouted")}</Typography.Text>,
          },
          {
            title: t("tickets.fields.assignee"),
            dataIndex: "assigneeId",
            key: "assignee",
            width: 150,
            render: (id: string | null) => (id === null ? <Typography.Text type="secondary">{t("tickets.filters.assigneeNone")}</Typography.Text> : config.userName(id)),
          },
          {
            title: t("tickets.fields.sla"),
            key: "sla",
            width: 170,
            render: (_: unknown, ticket: TicketView) => <SlaBadge ticket={ticket} target={ticket.firstResponseAt === null ? "firstResponse" : "resolution"} compact />,
          },
        ]
      : []),
    {
      title: t("tickets.fields.createdAt"),
      dataIndex: "createdAt",
      key: "createdAt",
      width: 140,
      sorter: true,
      sortOrder: sort.field === "createdAt" ? (sort.order === "asc" ? "ascend" : "descend") : null,
      render: (at: string) => (
        <Tooltip title={dayjs(at).format("LLL")}>
          <span>{dayjs(at).fromNow()}</span>
        </Tooltip>
      ),
    },
  ]

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space direction="vertical" size={4}>
          <Typography.Text strong>{team || filters !== noFilters ? t("tickets.list.empty") : t("tickets.list.emptyCustomer")}</Typography.Text>
          {!team && <Typography.Text type="secondary">{t("tickets.list.emptyHint")}</Typography.Text>}
        </Space>
      }
    >
      {!team && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => go({ to: "/tickets/new" })}>
          {t("tickets.list.newRequest")}
        </Button>
      )}
    </Empty>
  )

  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t(titles[view])}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => go({ to: "/tickets/new" })}>
          {t("tickets.list.newRequest")}
        </Button>
      </Flex>
      <Card styles={{ body: { paddingTop: 8 } }}>
        {view === "queue" && queues.length > 0 && (
          <Segmented
            style={{ margin: "8px 0 4px" }}
            value={filters.departments[0] ?? ""}
            onChange={(key) => setFilters({ ...filters, departments: key === "" ? [] : [String(key)] })}
            options={[
              { value: "", label: t("tickets.filters.allDepartments") },
              ...queues.map((d) => ({ value: d.key, label: config.labelOf(d) })),
              { value: "none", label: t("tickets.filters.unrouted") },
            ]}
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setTab(key as StatusTab)
            setPage(1)
          }}
          items={tabs.map((key) => ({
            key,
            label: (
              <Space size={6}>
                {t(`tickets.tabs.${key}`)}
                <Badge count={tabCount(counts, key)} showZero overflowCount={9999} color={tab === key ? "#0958d9" : "#e8e8e8"} style={{ color: tab === key ? "#fff" : "rgba(0,0,0,0.75)" }} />
              </Space>
            ),
          }))}
        />
        <TicketFiltersBar value={filters} onChange={setFilters} config={config} team={team} />
        <Table<TicketView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={result.data}
          loading={query.isLoading || (query.isFetching && query.isPlaceholderData)}
          locale={{ emptyText: query.isLoading ? " " : empty }}
          rowClassName={() => "tf-ticket-row"}
          onRow={(ticket) => ({ onClick: (e) => (e.target as HTMLElement).closest("a") === null && go({ to: `/tickets/${ticket.number}` }) })}
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter
            if (one?.order === undefined || one.order === null || one.columnKey === undefined) setSort({ field: "createdAt", order: "desc" })
            else setSort({ field: String(one.columnKey), order: one.order === "ascend" ? "asc" : "desc" })
            setPage(1)
          }}
          pagination={{
            current: page,
            pageSize,
            total: result.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t("tickets.list.count", { count: total }),
            hideOnSinglePage: true,
          }}
          scroll={{ x: 900 }}
        />
      </Card>
    </Flex>
  )
}
