import { CheckCircleOutlined, CloudUploadOutlined, PlusOutlined, SwapOutlined, WarningOutlined } from "@ant-design/icons"
import { useInvalidate, useOne } from "@refinedev/core"
import type { WorkflowProblemView, WorkflowView } from "@ticketflow/hono/client"
import { Alert, App, Badge, Button, Card, Col, Flex, List, Result, Row, Skeleton, Space, Tag, Typography } from "antd"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { useConsole } from "../../context.tsx"
import { labelOf } from "../../i18n/labels.ts"
import type { TicketflowError } from "../../providers/http-client.ts"
import { ElementPanel } from "./element-panel.tsx"
import { MigrationDrawer } from "./migration-drawer.tsx"
import { WorkflowDiagram, type Selection } from "./workflow-diagram.tsx"
import { addStatus, addTransition, type Draft } from "./workflow-edit.ts"
import { anyNodeId, problemTargets } from "./workflow-graph.ts"

/**
 * The workflow editor: the state diagram drawn from the definition, a panel to edit what is
 * selected, the API's validation problems on the diagram and in a list, publishing a new
 * version and migrating tickets to it.
 */
export default function WorkflowEditorPage() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { client } = useConsole()
  const invalidate = useInvalidate()
  const { id = "" } = useParams()
  const { result: published, query } = useOne<WorkflowView>({ resource: "workflows", id })
  const [draft, setDraft] = useState<Draft | null>(null)
  const [dirty, setDirty] = useState(false)
  const [selection, setSelection] = useState<Selection>(null)
  const [problems, setProblems] = useState<ReadonlyArray<WorkflowProblemView> | null>(null)
  const [publishing, setPublishing] = useState(false)
  const [migrating, setMigrating] = useState(false)

  useEffect(() => {
    if (published !== undefined && !dirty) setDraft(published)
  }, [published, dirty])

  // The API validates as the admin edits: problems show on the diagram within half a second.
  useEffect(() => {
    if (draft === null) return
    const timer = setTimeout(() => {
      const { version: _version, ...candidate } = draft
      void client
        .request<{ ok: boolean; problems: WorkflowProblemView[] }>("/v1/workflows/validate", { method: "POST", body: candidate })
        .then((verdict) => setProblems(verdict.problems))
        .catch(() => setProblems(null))
    }, 450)
    return () => clearTimeout(timer)
  }, [draft, client])

  const targets = useMemo(() => (draft === null ? { statuses: new Set<string>(), transitions: new Set<number>() } : problemTargets(draft, problems ?? [])), [draft, problems])

  if (query.isLoading || (draft === null && !query.isError)) return <Skeleton active style={{ padding: 24 }} paragraph={{ rows: 12 }} />
  if (query.isError || draft === null || published === undefined) return <Result status="404" title={t("common.loadFailed")} />

  const change = (next: Draft) => {
    setDraft(next)
    setDirty(true)
  }
  const publish = async () => {
    setPublishing(true)
    try {
      const { version: _version, ...body } = draft
      const result = await client.request<WorkflowView>(`/v1/workflows/${encodeURIComponent(draft.key)}/versions`, { method: "POST", body })
      setDirty(false)
      setDraft(result)
      await invalidate({ resource: "workflows", invalidates: ["list", "detail"] })
      void message.success(t("workflows.editor.published", { version: result.version }))
    } catch (error) {
      const failure = error as TicketflowError
      if (failure.problem?.errors !== undefined) setProblems(failure.problem.errors.map((e) => ({ code: e.code ?? "invalid", message: e.message, path: e.path })))
      void message.error(failure.message)
    } finally {
      setPublishing(false)
    }
  }
  const valid = problems !== null && problems.length === 0
  const selectProblem = (problem: WorkflowProblemView) => {
    const [head, index] = problem.path
    if (problem.status !== undefined) setSelection({ kind: "status", key: problem.status })
    else if (head === "transitions" && typeof index === "number") setSelection({ kind: "transition", index })
    else if (head === "statuses" && typeof index === "number" && draft.statuses[index] !== undefined) setSelection({ kind: "status", key: draft.statuses[index].key })
  }

  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space size={10} wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {labelOf(draft, i18n.language)}
          </Typography.Title>
          <Tag>
            {t("workflows.fields.version")} {published.version}
          </Tag>
          {dirty && <Badge status="warning" text={t("workflows.editor.unsaved")} />}
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => {
            const added = addStatus(draft)
            change(added.draft)
            setSelection({ kind: "status", key: added.key })
          }}>
            {t("workflows.editor.addStatus")}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => {
            const added = addTransition(draft)
            change(added.draft)
            setSelection({ kind: "transition", index: added.index })
          }}>
            {t("workflows.editor.addTransition")}
          </Button>
          <Button icon={<SwapOutlined />} disabled={published.version < 2} onClick={() => setMigrating(true)}>
            {t("workflows.editor.migrate")}
          </Button>
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={!dirty || !valid} loading={publishing} onClick={() => void publish()}>
            {t("workflows.editor.publish", { version: published.version + 1 })}
          </Button>
        </Space>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card styles={{ body: { padding: 12 } }}>
            <WorkflowDiagram
              draft={draft}
              problemStatuses={targets.statuses}
              problemTransitions={targets.transitions}
              selection={selection}
              onSelect={setSelection}
              onConnect={(from, to) => {
                const added = addTransition(draft, from === anyNodeId ? undefined : from, to)
                const next = from === anyNodeId ? { ...added.draft, transitions: added.draft.transitions.map((tr, i) => (i === added.index ? { ...tr, from: "*" as const } : tr)) } : added.draft
                change(next)
                setSelection({ kind: "transition", index: added.index })
              }}
            />
          </Card>
          <Card style={{ marginTop: 16 }} size="small" title={problems === null ? t("workflows.editor.validate") : valid ? t("workflows.editor.valid") : t("workflows.editor.problems", { count: problems.length })}>
            {problems === null ? (
              <Skeleton active paragraph={{ rows: 1 }} title={false} />
            ) : valid ? (
              <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t("workflows.editor.noProblems")} />
            ) : (
              <List
                size="small"
                dataSource={[...problems]}
                renderItem={(problem) => (
                  <List.Item style={{ cursor: "pointer" }} onClick={() => selectProblem(problem)} data-problem-code={problem.code}>
                    <Space align="start">
                      <WarningOutlined style={{ color: "#f5222d", marginTop: 4 }} />
                      <span>
                        <Typography.Text code>{problem.code}</Typography.Text> {problem.message}
                        {problem.path.length > 0 && (
                          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                            {problem.path.join(".")}
                          </Typography.Text>
                        )}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={t("workflows.editor.definition")}>
            <ElementPanel draft={draft} selection={selection} onChange={change} onSelect={setSelection} />
          </Card>
        </Col>
      </Row>
      <MigrationDrawer latest={published} open={migrating} onClose={() => setMigrating(false)} />
    </Flex>
  )
}
