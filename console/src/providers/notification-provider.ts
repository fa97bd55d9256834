import type { NotificationProvider } from "@refinedev/core"
import { App } from "antd"

/**
 * Refine's notifications through antd's `App` context (themed, in the UI language). The
 * console never uses undoable mutations, so there is no countdown notification to draw.
 */
export function useNotificationProvider(): NotificationProvider {
  const { notification } = App.useApp()
  return {
    open: ({ key, message, description, type }) => {
      notification.open({ ...(key === undefined ? {} : { key }), message: description ?? message, ...(description === undefined ? {} : { description: message }), type: type === "progress" ? "info" : type })
    },
    close: (key) => notification.destroy(key),
  }
}
