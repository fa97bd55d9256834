import { useGetIdentity, useLogout } from "@refinedev/core"
import { Avatar, Dropdown, Layout, Space, Typography, theme } from "antd"
import { LogoutOutlined, UserOutlined } from "@ant-design/icons"
import { useTranslation } from "react-i18next"
import { LiveIndicator, useLiveUpdates } from "../components/live-updates.tsx"
import type { Identity } from "../providers/auth-provider.ts"
import { LanguagePicker } from "./language-picker.tsx"

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join("")
    .slice(0, 2)
    .toUpperCase()

/** The top bar: live-update status, language, and who is signed in with their role. */
export function ConsoleHeader() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const { data: identity } = useGetIdentity<Identity>()
  const { mutate: logout } = useLogout()
  const connected = useLiveUpdates(identity !== undefined && identity !== null)
  return (
    <Layout.Header
      style={{
        background: token.colorBgElevated,
        display: "flex",
        justifyContent: "flex-end",
        alignItems: "center",
        gap: 20,
        paddingInline: 24,
        height: 64,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: "sticky",
        top: 0,
        zIndex: 10,
      }}
    >
      <LiveIndicator connected={connected} />
      <LanguagePicker size="small" />
      {identity !== undefined && identity !== null && (
        <Dropdown
          menu={{ items: [{ key: "logout", icon: <LogoutOutlined />, label: t("buttons.logout"), onClick: () => logout() }] }}
          placement="bottomRight"
        >
          <Space style={{ cursor: "pointer" }} aria-label={t("app.signedInAs", { name: identity.name })}>
            <Avatar style={{ background: token.colorPrimary }} icon={identity.name === "" ? <UserOutlined /> : undefined}>
              {initials(identity.name)}
            </Avatar>
            <Space direction="vertical" size={0} style={{ lineHeight: 1.2 }}>
              <Typography.Text strong>{identity.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`roles.${identity.role}`)} · {identity.tenantName}
              </Typography.Text>
            </Space>
          </Space>
        </Dropdown>
      )}
    </Layout.Header>
  )
}
