import { LogoutOutlined } from "@ant-design/icons"
import { useGetIdentity, useLogout, useMenu, type TreeMenuItem } from "@refinedev/core"
import { Layout, Menu, theme, type MenuProps } from "antd"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { can } from "../providers/access-control.ts"
import type { Identity } from "../providers/auth-provider.ts"
import { BrandTitle } from "./brand.tsx"

type MenuItem = NonNullable<MenuProps["items"]>[number]

/**
 * The sider: the role's menus from Refine's resources (filtered by the same rules as the
 * access-control provider), and Log out. Collapses to icons on narrow screens.
 */
export function ConsoleSider() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu()
  const { data: identity } = useGetIdentity<Identity>()
  const { mutate: logout } = useLogout()
  const [collapsed, setCollapsed] = useState(false)
  const role = identity?.role ?? null

  const toItems = (items: ReadonlyArray<TreeMenuItem>): MenuItem[] =>
    items.flatMap((item): MenuItem[] => {
      if (item.meta?.hide === true || !can(role, { resource: item.name, action: "list" }).can) return []
      const label = item.meta?.label ?? item.label ?? item.name
      if (item.children.length > 0) {
        const children = toItems(item.children)
        return children.length === 0 ? [] : [{ key: item.key, icon: item.meta?.icon ?? item.icon, label, children }]
      }
      if (item.route === undefined) return []
      return [{ key: item.key, icon: item.meta?.icon ?? item.icon, label: <Link to={item.route}>{label}</Link> }]
    })

  return (
    <Layout.Sider
      width={200}
      collapsible
      collapsed={collapsed}
      onCollapse={setCollapsed}
      breakpoint="lg"
      theme="light"
      style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto", borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div style={{ paddingInline: collapsed ? 24 : 20 }}>
        <BrandTitle collapsed={collapsed} />
      </div>
      <nav aria-label={t("app.name")}>
        <Menu
          mode="inline"
          selectedKeys={[selectedKey]}
          defaultOpenKeys={defaultOpenKeys}
          style={{ border: "none", paddingInline: 4 }}
          items={[...toItems(menuItems), { key: "logout", icon: <LogoutOutlined />, label: t("buttons.logout"), onClick: () => logout() }]}
        />
      </nav>
    </Layout.Sider>
  )
}
