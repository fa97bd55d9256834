import type { QueryClient } from "@tanstack/react-query"

/**
 * Refetches the data on screen (Refine's `["data", …]` queries) after a change or a live
 * event. Auth, identity and access queries are left alone: refetching the auth check would
 * unmount the signed-in frame while it runs, losing drafts and scroll position.
 */
export function refreshData(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ["data"] })
}
