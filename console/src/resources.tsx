import {
  ApartmentOutlined,
  AppstoreOutlined,
  BranchesOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  InboxOutlined,
  SettingOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
  UserOutlined,
  UserSwitchOutlined,
} from "@ant-design/icons"
import type { ResourceProps } from "@refinedev/core"
import type { TFunction } from "i18next"

/** The configuration resources with a list and forms, in menu order. */
export const configPages = [
  { name: "departments", icon: <ApartmentOutlined /> },
  { name: "ticket-types", icon: <TagsOutlined /> },
  { name: "priorities", icon: <FlagOutlined /> },
  { name: "catalog-items", icon: <AppstoreOutlined /> },
  { name: "organizations", icon: <ShopOutlined /> },
  { name: "users", icon: <UserOutlined /> },
  { name: "sla-policies", icon: <FieldTimeOutlined /> },
  { name: "calendars", icon: <CalendarOutlined /> },
] as const

/**
 * The console's Refine resources, labelled in the UI language. The menus depend on the role
 * through the access-control provider: customers get My requests (and support admins
 * Organisation requests), the team Queues and My tickets, admins the configuration.
 */
export function ticketflowResources(t: TFunction): ResourceProps[] {
  return [
    { name: "my-requests", list: "/requests", meta: { label: t("menu.myRequests"), icon: <InboxOutlined /> } },
    { name: "organization-requests", list: "/organization", meta: { label: t("menu.organizationRequests"), icon: <TeamOutlined /> } },
    { name: "queue", list: "/queue", meta: { label: t("menu.queue"), icon: <InboxOutlined /> } },
    { name: "my-tickets", list: "/assigned", meta: { label: t("menu.myTickets"), icon: <UserSwitchOutlined /> } },
    { name: "tickets", show: "/tickets/:id", create: "/tickets/new", meta: { label: t("tickets.titles.list"), hide: true } },
    { name: "configuration", meta: { label: t("menu.configuration"), icon: <SettingOutlined /> } },
    ...configPages.map(({ name, icon }) => ({
      name,
      list: `/${name}`,
      create: `/${name}/create`,
      edit: `/${name}/edit/:id`,
      meta: { label: t(`${name}.titles.list`), icon, parent: "configuration" },
    })),
    { name: "workflows", list: "/workflows", edit: "/workflows/edit/:id", meta: { label: t("workflows.titles.list"), icon: <BranchesOutlined />, parent: "configuration" } },
  ]
}
