import { CloseCircleOutlined, SearchOutlined } from "@ant-design/icons"
import { Button, Flex, Input, Select, Skeleton } from "antd"
import { lazy, Suspense, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { ConsoleConfig } from "../../hooks/use-config.ts"
import { noFilters, type ListFilters } from "./list-filters.ts"

const CreatedRangePicker = lazy(() => import("./created-range-picker.tsx"))

/**
 * The filters above a list: search for everyone; type, priority, assignee and created date
 * (today, this week, this month, a custom range) for the team.
 */
export function TicketFiltersBar({ value, onChange, config, team }: { value: ListFilters; onChange: (next: ListFilters) => void; config: ConsoleConfig; team: boolean }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState(value.q)
  useEffect(() => setSearch(value.q), [value.q])
  useEffect(() => {
    if (search === value.q) return
    const timer = setTimeout(() => onChange({ ...value, q: search }), 350)
    return () => clearTimeout(timer)
  }, [search, value, onChange])
  const changed = JSON.stringify(value) !== JSON.stringify(noFilters)
  const agents = config.users.filter((u) => u.kind !== "customer" && u.active)
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t("tickets.filters.search")}
        aria-label={t("tickets.filters.search")}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ width: 320, maxWidth: "100%" }}
      />
      {team && (
        <>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t("tickets.fields.type")}
            aria-label={t("tickets.fields.type")}
            style={{ minWidth: 150 }}
            value={[...value.types]}
            onChange={(types: string[]) => onChange({ ...value, types })}
            options={config.types.map((type) => ({ value: type.key, label: config.labelOf(type) }))}
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t("tickets.fields.priority")}
            aria-label={t("tickets.fields.priority")}
            style={{ minWidth: 150 }}
            value={[...value.priorities]}
            onChange={(priorities: string[]) => onChange({ ...value, priorities })}
            options={config.priorities.map((p) => ({ value: p.key, label: config.labelOf(p) }))}
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t("tickets.fields.assignee")}
            aria-label={t("tickets.fields.assignee")}
            style={{ minWidth: 160 }}
            value={[...value.assignees]}
            onChange={(assignees: string[]) => onChange({ ...value, assignees })}
            options={[
              { value: "me", label: t("tickets.filters.assigneeMe") },
              { value: "none", label: t("tickets.filters.assigneeNone") },
              ...agents.filter((u) => u.id !== config.identity?.id).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </>
      )}
      <Select
        allowClear
        placeholder={t("tickets.filters.created")}
        aria-label={t("tickets.filters.created")}
        style={{ minWidth: 150 }}
        value={value.created ?? undefined}
        onChange={(created: ListFilters["created"] | undefined) => onChange({ ...value, created: created ?? null, range: created === "custom" ? value.range : null })}
        options={[
          { value: "today", label: t("tickets.filters.today") },
          { value: "this_week", label: t("tickets.filters.thisWeek") },
          { value: "this_month", label: t("tickets.filters.thisMonth") },
          { value: "custom", label: t("tickets.filters.customRange") },
        ]}
      />
      {value.created === "custom" && (
        <Suspense fallback={<Skeleton.Input active size="small" />}>
          <CreatedRangePicker label={t("tickets.filters.customRange")} value={value.range} onChange={(range) => onChange({ ...value, range })} />
        </Suspense>
      )}
      {changed && (
        <Button type="text" icon={<CloseCircleOutlined />} onClick={() => onChange(noFilters)}>
          {t("tickets.filters.clear")}
        </Button>
      )}
    </Flex>
  )
}
