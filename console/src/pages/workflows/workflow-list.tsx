import { BranchesOutlined } from "@ant-design/icons"
import { useGo, useList } from "@refinedev/core"
import type { WorkflowView } from "@ticketflow/hono/client"
import { Card, Empty, Flex, List, Space, Tag, Typography } from "antd"
import { useTranslation } from "react-i18next"
import { useConfig } from "../../hooks/use-config.ts"

/** The workflows, each with its statuses in their colours. */
export default function WorkflowListPage() {
  const { t } = useTranslation()
  const go = useGo()
  const config = useConfig()
  const { result, query } = useList<WorkflowView>({ resource: "workflows", pagination: { mode: "off" } })
  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t("workflows.titles.list")}
      </Typography.Title>
      <Card>
        <List
          loading={query.isLoading}
          dataSource={result.data}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("common.empty")} /> }}
          renderItem={(workflow) => (
            <List.Item key={workflow.key} style={{ cursor: "pointer" }} onClick={() => go({ to: `/workflows/edit/${workflow.key}` })}>
              <List.Item.Meta
                avatar={<BranchesOutlined style={{ fontSize: 22, color: "#0958d9" }} />}
                title={
                  <Space>
                    <a href={`/workflows/edit/${workflow.key}`} onClick={(e) => e.preventDefault()}>
                      {config.labelOf(workflow)}
                    </a>
                    <Tag>
                      {t("workflows.fields.version")} {workflow.version}
                    </Tag>
                    <Typography.Text code>{workflow.key}</Typography.Text>
                  </Space>
                }
                description={
                  <Space wrap size={4}>
                    {workflow.statuses.map((s) => (
                      <Tag key={s.key} color={s.color}>
                        {config.labelOf(s)}
                      </Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  )
}
