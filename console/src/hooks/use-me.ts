import { useQuery } from "@tanstack/react-query"
import { useConsole } from "../context.tsx"
import type { Me } from "../providers/session.ts"

/** The signed-in actor with their tenant's settings (attachment policy, required fields). */
export function useMe(): Me | null | undefined {
  const { session } = useConsole()
  const { data } = useQuery({ queryKey: ["ticketflow", "me"], queryFn: () => session.me(), staleTime: 60_000 })
  return data
}
