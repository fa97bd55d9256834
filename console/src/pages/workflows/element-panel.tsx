import { DeleteOutlined } from "@ant-design/icons"
import type { ActorRole, StatusDefinition } from "@ticketflow/core"
import { Button, Checkbox, ColorPicker, Flex, Form, Input, Select, Switch, Typography } from "antd"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { languages } from "../../i18n/languages.ts"
import { labelOf } from "../../i18n/labels.ts"
import type { Selection } from "./workflow-diagram.tsx"
import { removeStatus, renameStatus, type Draft } from "./workflow-edit.ts"

const categories = ["new", "open", "pending", "closed"] as const
/** The roles a transition may name (core's `actorRoles`; no engine code ships to the browser). */
const actorRoles: ReadonlyArray<ActorRole> = ["requester_side", "agent", "admin", "system"]
const keyPattern = /^[a-z0-9][a-z0-9_-]*$/
const eventPattern = /^[A-Z][A-Z0-9_]*$/

function LabelInputs({ value, onChange }: { value: Record<string, string> | undefined; onChange: (labels: Record<string, string>) => void }) {
  const { t } = useTranslation()
  return (
    <Form.Item label={t("common.labels")} tooltip={t("common.labelsHint")}>
      <Flex vertical gap={4}>
        {languages
          .filter((l) => l.code !== "en")
          .map((l) => (
            <Input
              key={l.code}
              size="small"
              addonBefore={<span style={{ display: "inline-block", width: 22 }}>{l.code}</span>}
              aria-label={`${t("common.labels")} ${l.name}`}
              value={value?.[l.code] ?? ""}
              onChange={(e) => {
                const next = { ...(value ?? {}) }
                if (e.target.value === "") delete next[l.code]
                else next[l.code] = e.target.value
                onChange(next)
              }}
            />
          ))}
      </Flex>
    </Form.Item>
  )
}

/** Edits the selected status or transition, or the workflow's own settings when nothing is selected. */
export function ElementPanel({ draft, selection, onChange, onSelect }: { draft: Draft; selection: Selection; onChange: (draft: Draft) => void; onSelect: (s: Selection) => void }) {
  const { t, i18n } = useTranslation()
  const [keyForm] = Form.useForm()
  const status = selection?.kind === "status" ? draft.statuses.find((s) => s.key === selection.key) : undefined
  const transitionIndex = selection?.kind === "transition" ? selection.index : -1
  const transition = draft.transitions[transitionIndex]
  useEffect(() => keyForm.resetFields(), [selection, keyForm])
  const statusOptions = draft.statuses.map((s) => ({ value: s.key, label: labelOf({ name: s.name, labels: s.labels }, i18n.language) }))

  if (status !== undefined) {
    const patch = (change: Partial<StatusDefinition>) => onChange({ ...draft, statuses: draft.statuses.map((s) => (s.key === status.key ? { ...s, ...change } : s)) })
    return (
      <Form layout="vertical" size="small" form={keyForm}>
        <Typography.Title level={5}>{t("workflows.fields.statuses")}</Typography.Title>
        <Form.Item label={t("common.key")} name="key" initialValue={status.key} rules={[{ pattern: keyPattern, message: "a-z 0-9 - _" }]}>
          <Input
            style={{ fontFamily: "monospace" }}
            onBlur={(e) => {
              const next = e.target.value.trim()
              if (keyPattern.test(next) && next !== status.key && !draft.statuses.some((s) => s.key === next)) {
                onChange(renameStatus(draft, status.key, next))
                onSelect({ kind: "status", key: next })
              }
            }}
          />
        </Form.Item>
        <Form.Item label={t("common.name")} htmlFor="tf-status-name">
          <Input id="tf-status-name" value={status.name} onChange={(e) => patch({ name: e.target.value })} />
        </Form.Item>
        <LabelInputs value={status.labels} onChange={(labels) => patch({ labels })} />
        <Form.Item label={t("workflows.fields.category")} htmlFor="tf-status-category">
          <Select id="tf-status-category" value={status.category} onChange={(category) => patch({ category })} options={categories.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t("common.color")}>
          <ColorPicker value={status.color} disabledAlpha showText onChange={(c) => patch({ color: c.toHexString() })} />
        </Form.Item>
        <Form.Item label={t("workflows.fields.initial")} htmlFor="tf-status-initial">
          <Switch id="tf-status-initial" checked={draft.initial === status.key} onChange={(on) => on && onChange({ ...draft, initial: status.key })} />
        </Form.Item>
        <Button danger icon={<DeleteOutlined />} onClick={() => (onChange(removeStatus(draft, status.key)), onSelect(null))}>
          {t("common.remove")}
        </Button>
      </Form>
    )
  }

  if (transition !== undefined) {
    const patch = (change: Partial<typeof transition>) => onChange({ ...draft, transitions: draft.transitions.map((tr, i) => (i === transitionIndex ? { ...tr, ...change } : tr)) })
    const to = transition.to
    return (
      <Form layout="vertical" size="small" form={keyForm}>
        <Typography.Title level={5}>{t("workflows.fields.transitions")}</Typography.Title>
        <Form.Item label={t("workflows.fields.event")} name="event" initialValue={transition.event} rules={[{ pattern: eventPattern, message: "UPPER_SNAKE_CASE" }]}>
          <Input style={{ fontFamily: "monospace" }} onBlur={(e) => eventPattern.test(e.target.value) && patch({ event: e.target.value })} />
        </Form.Item>
        <Form.Item label={t("common.name")} htmlFor="tf-transition-name">
          <Input id="tf-transition-name" value={transition.name ?? ""} onChange={(e) => patch({ name: e.target.value === "" ? undefined : e.target.value })} />
        </Form.Item>
        <LabelInputs value={transition.labels} onChange={(labels) => patch({ labels })} />
        <Form.Item label={t("workflows.fields.from")} htmlFor="tf-transition-from">
          <Checkbox checked={transition.from === "*"} onChange={(e) => patch({ from: e.target.checked ? "*" : [draft.statuses[0]?.key ?? ""] })} style={{ marginBottom: 6 }}>
            {t("workflows.fields.anyOpen")}
          </Checkbox>
          {transition.from !== "*" && <Select id="tf-transition-from" mode="multiple" value={transition.from} onChange={(from: string[]) => from.length > 0 && patch({ from })} options={statusOptions} />}
        </Form.Item>
        <Form.Item label={t("workflows.fields.to")} htmlFor="tf-transition-to">
          {typeof to === "string" || "previous" in to ? (
            <Select
              id="tf-transition-to"
              value={typeof to === "string" ? to : "__previous__"}
              onChange={(value: string) => patch({ to: value === "__previous__" ? { previous: true } : value })}
              options={[...statusOptions, { value: "__previous__", label: t("workflows.fields.previous") }]}
            />
          ) : (
            <Typography.Text type="secondary">
              {t("workflows.fields.branches")}: {to.branches.map((b) => `${b.when ?? "else"} → ${b.to}`).join(", ")}
            </Typography.Text>
          )}
        </Form.Item>
        <Form.Item label={t("workflows.fields.actors")}>
          <Checkbox.Group value={transition.actors} onChange={(actors) => actors.length > 0 && patch({ actors: actors as string[] })} options={actorRoles.map((r) => ({ value: r, label: t(`workflows.actors.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t("workflows.fields.comment")} htmlFor="tf-transition-comment">
          <Select id="tf-transition-comment" value={transition.comment ?? "none"} onChange={(comment) => patch({ comment })} options={(["required", "optional", "none"] as const).map((c) => ({ value: c, label: t(`workflows.comment.${c}`) }))} />
        </Form.Item>
        <Button danger icon={<DeleteOutlined />} onClick={() => (onChange({ ...draft, transitions: draft.transitions.filter((_, i) => i !== transitionIndex) }), onSelect(null))}>
          {t("common.remove")}
        </Button>
      </Form>
    )
  }

  return (
    <Form layout="vertical" size="small">
      <Typography.Paragraph type="secondary">{t("workflows.editor.selectHint")}</Typography.Paragraph>
      <Form.Item label={t("common.name")} htmlFor="tf-workflow-name">
        <Input id="tf-workflow-name" value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
      </Form.Item>
      <LabelInputs value={draft.labels} onChange={(labels) => onChange({ ...draft, labels })} />
      <Form.Item label={t("workflows.fields.initial")} htmlFor="tf-workflow-initial">
        <Select id="tf-workflow-initial" value={draft.initial} onChange={(initial) => onChange({ ...draft, initial })} options={statusOptions} />
      </Form.Item>
      <Form.Item label={t("workflows.fields.descriptionLock")} htmlFor="tf-workflow-lock">
        <Select
          id="tf-workflow-lock"
          value={draft.descriptionLock ?? "on_leaving_new"}
          onChange={(descriptionLock) => onChange({ ...draft, descriptionLock })}
          options={(["on_leaving_new", "on_create"] as const).map((v) => ({ value: v, label: t(`workflows.descriptionLock.${v}`) }))}
        />
      </Form.Item>
    </Form>
  )
}
