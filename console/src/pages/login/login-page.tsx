import { LoginOutlined } from "@ant-design/icons"
import { useLogin } from "@refinedev/core"
import { Alert, Avatar, Button, Card, Col, Divider, Flex, Form, Input, List, Row, Tag, Typography, theme } from "antd"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useConsole } from "../../context.tsx"
import { tintedTagStyle } from "../../components/status-tag.tsx"
import { BrandMark } from "../../layout/brand.tsx"
import { LanguagePicker } from "../../layout/language-picker.tsx"
import type { DemoUser } from "../../providers/auth-provider.ts"

const kindColors = { admin: "#c41d7f", agent: "#0958d9", customer: "#389e0d" } as const

function roleKey(user: DemoUser): string {
  if (user.kind !== "customer") return `roles.${user.kind}`
  return user.orgRole === "support_admin" ? "roles.customer_admin" : "roles.customer"
}

/** The sign-in page; in demo mode it lists the demo users for one-click sign-in. */
export default function LoginPage() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const { demoUsers } = useConsole()
  const { mutate: login, isPending } = useLogin<{ email: string; password: string }>()
  const [users, setUsers] = useState<ReadonlyArray<DemoUser>>([])
  const [error, setError] = useState<string | null>(null)
  const [pendingEmail, setPendingEmail] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void demoUsers().then((found) => live && setUsers(found))
    return () => {
      live = false
    }
  }, [demoUsers])

  const signIn = (email: string, password: string) => {
    setError(null)
    setPendingEmail(email)
    login(
      { email, password },
      {
        onSuccess: (result) => {
          setPendingEmail(null)
          if (!result.success) setError(result.error?.message ?? t("pages.login.failed"))
        },
        onError: () => setPendingEmail(null),
      },
    )
  }

  return (
    <Row style={{ minHeight: "100vh", background: token.colorBgLayout }}>
      <Col xs={0} lg={10} style={{ background: "linear-gradient(160deg, #0b3a8c 0%, #1677ff 60%, #4096ff 100%)", color: "#fff", padding: 56 }}>
        <Flex vertical justify="space-between" style={{ height: "100%" }}>
          <Flex align="center" gap={12}>
            <span style={{ background: "#fff", borderRadius: 10, padding: 4, display: "inline-flex" }}>
              <BrandMark size={32} />
            </span>
            <span style={{ fontSize: 22, fontWeight: 650 }}>ticketflow</span>
          </Flex>
          <div>
            <Typography.Title level={1} style={{ color: "#fff", fontSize: 40, lineHeight: 1.15, marginBottom: 16 }}>
              {t("app.tagline")}
            </Typography.Title>
            <Typography.Paragraph style={{ color: "rgba(255,255,255,0.85)", fontSize: 16, maxWidth: 440 }}>{t("pages.login.title")}</Typography.Paragraph>
          </div>
          <span style={{ opacity: 0.7 }}>© ticketflow</span>
        </Flex>
      </Col>
      <Col xs={24} lg={14}>
        <Flex vertical align="center" justify="center" style={{ minHeight: "100vh", padding: 24 }}>
          <Flex justify="flex-end" style={{ width: "100%", maxWidth: 480, marginBottom: 16 }}>
            <LanguagePicker size="small" />
          </Flex>
          <Card style={{ width: "100%", maxWidth: 480, boxShadow: token.boxShadowTertiary }} styles={{ body: { padding: 32 } }}>
            <main>
              <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }}>
                {t("pages.login.signin")}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t("pages.login.title")}</Typography.Paragraph>
              {error !== null && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
              <Form layout="vertical" requiredMark={false} onFinish={(values: { email: string; password: string }) => signIn(values.email, values.password)}>
                <Form.Item
                  name="email"
                  label={t("pages.login.fields.email")}
                  rules={[
                    { required: true, message: t("pages.login.errors.requiredEmail") },
                    { type: "email", message: t("pages.login.errors.validEmail") },
                  ]}
                >
                  <Input size="large" autoComplete="username" inputMode="email" />
                </Form.Item>
                <Form.Item name="password" label={t("pages.login.fields.password")} rules={[{ required: true, message: t("pages.login.errors.requiredPassword") }]}>
                  <Input.Password size="large" autoComplete="current-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" size="large" block loading={isPending && pendingEmail === null} icon={<LoginOutlined />}>
                  {t("pages.login.signin")}
                </Button>
              </Form>
              {users.length > 0 && (
                <>
                  <Divider plain>{t("pages.login.demoTitle")}</Divider>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                    {t("pages.login.demoHint")}
                  </Typography.Paragraph>
                  <List
                    dataSource={[...users]}
                    size="small"
                    renderItem={(user) => (
                      <List.Item
                        actions={[
                          <Button
                            key="go"
                            size="small"
                            type="link"
                            aria-label={t("pages.login.signInAs", { name: user.name })}
                            loading={pendingEmail === user.email}
                            onClick={() => signIn(user.email, user.password)}
                          >
                            {t("pages.login.signin")}
                          </Button>,
                        ]}
                      >
                        <List.Item.Meta
                          avatar={<Avatar style={{ background: token.colorPrimaryBg, color: token.colorPrimary }}>{user.name.charAt(0)}</Avatar>}
                          title={
                            <Flex gap={8} align="center" wrap>
                              <span>{user.name}</span>
                              <Tag style={tintedTagStyle(kindColors[user.kind])}>
                                {t(roleKey(user))}
                              </Tag>
                            </Flex>
                          }
                          description={[user.email, user.organisation ?? user.organisationKey, ...(user.departmentKeys ?? [])].filter(Boolean).join(" · ")}
                        />
                      </List.Item>
                    )}
                  />
                </>
              )}
            </main>
          </Card>
        </Flex>
      </Col>
    </Row>
  )
}
