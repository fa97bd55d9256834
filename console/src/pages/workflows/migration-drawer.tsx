import type { MigrationResultView, WorkflowView } from "@ticketflow/hono/client"
import { App, Button, Drawer, Empty, Flex, Form, InputNumber, Select, Space, Table, Typography } from "antd"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useConsole } from "../../context.tsx"
import { labelOf } from "../../i18n/labels.ts"
import type { TicketflowError } from "../../providers/http-client.ts"

/** One ticket a migration moves. */
type Move = MigrationResultView["moves"][number]

/**
 * Moves the tickets of an older version to the latest with a status mapping: statuses that no
 * longer exist need a target; a preview (dry run) shows which tickets move where first.
 */
export function MigrationDrawer({ latest, open, onClose }: { latest: WorkflowView; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { client } = useConsole()
  const [fromVersion, setFromVersion] = useState(Math.max(1, latest.version - 1))
  const [old, setOld] = useState<WorkflowView | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [moves, setMoves] = useState<ReadonlyArray<Move> | null>(null)
  const [applied, setApplied] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open) return
    setMoves(null)
    setApplied(false)
    void client
      .request<WorkflowView>(`/v1/workflows/${encodeURIComponent(latest.key)}`, { query: { version: fromVersion } })
      .then(setOld)
      .catch(() => setOld(null))
  }, [open, fromVersion, latest.key, client])

  const gone = (old?.statuses ?? []).filter((s) => !latest.statuses.some((n) => n.key === s.key))
  const run = async (dryRun: boolean) => {
    setBusy(true)
    try {
      const result = await client.request<MigrationResultView>(`/v1/workflows/${encodeURIComponent(latest.key)}/migrations`, {
        method: "POST",
        body: { fromVersion, toVersion: latest.version, mapping, dryRun },
      })
      setMoves(result.moves)
      setApplied(result.applied)
      if (result.applied) void message.success(t("workflows.editor.moved", { count: result.moves.length }))
    } catch (error) {
      void message.error((error as TicketflowError).message)
    } finally {
      setBusy(false)
    }
  }
  const label = (key: string) => {
    const status = latest.statuses.find((s) => s.key === key) ?? old?.statuses.find((s) => s.key === key)
    return status === undefined ? key : labelOf(status, i18n.language)
  }
  return (
    <Drawer open={open} onClose={onClose} title={t("workflows.editor.migrate")} width={560} destroyOnHidden>
      <Form layout="vertical">
        <Space size={16}>
          <Form.Item label={t("workflows.editor.fromVersion")}>
            <InputNumber min={1} max={Math.max(1, latest.version - 1)} value={fromVersion} onChange={(v) => v !== null && setFromVersion(v)} />
          </Form.Item>
          <Form.Item label={t("workflows.editor.toVersion")}>
            <InputNumber value={latest.version} disabled />
          </Form.Item>
        </Space>
        {gone.length > 0 && (
          <Form.Item label={t("workflows.editor.mapping")} tooltip={t("workflows.editor.mappingHint")}>
            <Flex vertical gap={8}>
              {gone.map((s) => (
                <Flex key={s.key} align="center" gap={8}>
                  <span style={{ width: 180 }}>{labelOf(s, i18n.language)}</span>
                  <span>→</span>
                  <Select
                    style={{ flex: 1 }}
                    aria-label={`${labelOf(s, i18n.language)} →`}
                    value={mapping[s.key]}
                    onChange={(to: string) => setMapping({ ...mapping, [s.key]: to })}
                    options={latest.statuses.map((n) => ({ value: n.key, label: labelOf(n, i18n.language) }))}
                  />
                </Flex>
              ))}
            </Flex>
          </Form.Item>
        )}
        <Space>
          <Button onClick={() => void run(true)} loading={busy}>
            {t("workflows.editor.dryRun")}
          </Button>
          <Button type="primary" danger disabled={moves === null || applied} onClick={() => void run(false)} loading={busy}>
            {t("workflows.editor.apply")}
          </Button>
        </Space>
      </Form>
      {moves !== null && (
        <div style={{ marginTop: 24 }}>
          <Typography.Title level={5}>{moves.length === 0 ? t("workflows.editor.noMoves") : applied ? t("workflows.editor.moved", { count: moves.length }) : t("workflows.editor.moves", { count: moves.length })}</Typography.Title>
          {moves.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("workflows.editor.noMoves")} />
          ) : (
            <Table
              size="small"
              rowKey="ticketId"
              dataSource={[...moves]}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t("workflows.editor.ticket"), dataIndex: "number", render: (n: number) => `#${n}` },
                { title: t("workflows.fields.from"), dataIndex: "from", render: label },
                { title: t("workflows.fields.to"), dataIndex: "to", render: label },
              ]}
            />
          )}
        </div>
      )}
    </Drawer>
  )
}
