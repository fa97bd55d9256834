import { useQueryClient } from "@tanstack/react-query"
import { Badge, Tooltip } from "antd"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useConsole } from "../context.tsx"
import { refreshData } from "../hooks/refresh-data.ts"

/**
 * Listens to `/v1/events/stream` (the session cookie authenticates it) and refreshes the
 * queries on screen when a ticket changes, a burst of events at most once per 400 ms.
 * Returns whether the stream is connected.
 */
export function useLiveUpdates(enabled: boolean): boolean {
  const { client } = useConsole()
  const queryClient = useQueryClient()
  const [connected, setConnected] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return
    const source = new EventSource(client.url("/v1/events/stream"), { withCredentials: true })
    const refresh = () => {
      if (timer.current !== null) return
      timer.current = setTimeout(() => {
        timer.current = null
        void refreshData(queryClient)
      }, 400)
    }
    source.addEventListener("ready", () => setConnected(true))
    source.addEventListener("ticket-event", refresh)
    source.onerror = () => setConnected(false)
    return () => {
      source.close()
      if (timer.current !== null) clearTimeout(timer.current)
      setConnected(false)
    }
  }, [enabled, client, queryClient])
  return connected
}

/** A small dot telling whether live updates flow. */
export function LiveIndicator({ connected }: { connected: boolean }) {
  const { t } = useTranslation()
  return (
    <Tooltip title={connected ? t("common.live") : t("common.offline")}>
      <Badge status={connected ? "success" : "default"} text={<span style={{ fontSize: 12 }}>{connected ? t("common.live") : t("common.offline")}</span>} />
    </Tooltip>
  )
}
