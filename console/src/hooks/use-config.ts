import { useGetIdentity, useList } from "@refinedev/core"
import type { CatalogItemView, DepartmentView, OrganisationView, PriorityView, TicketTypeView, UserView, WorkflowView } from "@ticketflow/hono/client"
import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { humanize, labelOf } from "../i18n/labels.ts"
import type { Identity } from "../providers/auth-provider.ts"

const longLived = { staleTime: 5 * 60_000, retry: false } as const

function useWhole<T>(resource: string, enabled = true): { data: ReadonlyArray<T>; loading: boolean } {
  const { result, query } = useList({ resource, pagination: { mode: "off" }, queryOptions: { ...longLived, enabled }, errorNotification: false })
  return { data: (result.data ?? []) as unknown as T[], loading: query.isLoading && enabled }
}

const categoryColors: Readonly<Record<string, string>> = { new: "#1677ff", open: "#fa8c16", pending: "#722ed1", closed: "#52c41a" }

/** How a status looks: its label in the UI language, its colour and category. */
export interface StatusLook {
  readonly label: string
  readonly color: string
  readonly category: string | null
}

/**
 * The configuration the ticket pages show names from: types, priorities, departments, the
 * catalog, and for the team workflows, users and organisations. Every label is in the UI
 * language (the entity's `labels`, else its name).
 */
export function useConfig() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const { data: identity } = useGetIdentity<Identity>()
  const team = identity?.kind === "agent" || identity?.kind === "admin"
  const types = useWhole<TicketTypeView>("ticket-types")
  const priorities = useWhole<PriorityView>("priorities")
  const departments = useWhole<DepartmentView>("departments")
  const catalog = useWhole<CatalogItemView>("catalog-items")
  const workflows = useWhole<WorkflowView>("workflows", team)
  const users = useWhole<UserView>("users", team)
  const organisations = useWhole<OrganisationView>("organizations", team)

  const statusLook = useCallback(
    (statusKey: string, workflowKey?: string, category?: string): StatusLook => {
      const workflow = workflows.data.find((w) => w.key === workflowKey) ?? workflows.data.find((w) => w.statuses.some((s) => s.key === statusKey))
      const status = workflow?.statuses.find((s) => s.key === statusKey)
      if (status !== undefined) return { label: labelOf(status, language), color: status.color, category: status.category }
      // Customers cannot read workflows: the console's own words name the default statuses.
      const label = t(`statuses.${statusKey}`, { defaultValue: humanize(statusKey) })
      return { label, color: categoryColors[category ?? ""] ?? "#8c8c8c", category: category ?? null }
    },
    [workflows.data, language, t],
  )

  const byKey = <T extends { key: string; name: string; labels?: Record<string, string> }>(list: ReadonlyArray<T>) => (key: string | null | undefined) => {
    if (key === null || key === undefined) return null
    const found = list.find((e) => e.key === key)
    return found === undefined ? key : labelOf(found, language)
  }

  return useMemo(
    () => ({
      language,
      team,
      identity,
      types: types.data,
      priorities: [...priorities.data].sort((a, b) => a.rank - b.rank),
      departments: departments.data,
      catalog: catalog.data,
      workflows: workflows.data,
      users: users.data,
      organisations: organisations.data,
      loading: types.loading || priorities.loading || departments.loading,
      statusLook,
      typeLabel: byKey(types.data),
      priorityLabel: byKey(priorities.data),
      priorityColor: (key: string | null) => priorities.data.find((p) => p.key === key)?.color ?? "#8c8c8c",
      departmentLabel: byKey(departments.data),
      catalogLabel: byKey(catalog.data),
      organisationName: (id: string | null) => organisations.data.find((o) => o.id === id)?.name ?? null,
      /** A person's name as this viewer may know it: customers see "Support team" for staff. */
      userName: (id: string | null | undefined): string => {
        if (id === null || id === undefined) return t("common.system")
        if (id === identity?.id) return t("common.you")
        const user = users.data.find((u) => u.id === id)
        if (user !== undefined) return user.name
        return team ? t("common.unknown") : t("common.supportTeam")
      },
      labelOf: (entity: { name: string; labels?: Record<string, string> }) => labelOf(entity, language),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, team, identity, types.data, priorities.data, departments.data, catalog.data, workflows.data, users.data, organisations.data, statusLook, t],
  )
}

/** What `useConfig` returns. */
export type ConsoleConfig = ReturnType<typeof useConfig>
