import { createContext, useContext, type ReactNode } from "react"
import type { DemoUser } from "./providers/auth-provider.ts"
import type { ApiClient } from "./providers/http-client.ts"
import type { Session } from "./providers/session.ts"

/** What the console's pages share beyond Refine: the API client and the session. */
export interface ConsoleServices {
  readonly client: ApiClient
  readonly session: Session
  /** The demo users to offer on the login page (empty outside demo mode). */
  readonly demoUsers: () => Promise<ReadonlyArray<DemoUser>>
}

const ConsoleContext = createContext<ConsoleServices | null>(null)

/** Makes the console's services available to its pages. */
export function ConsoleProvider({ services, children }: { services: ConsoleServices; children: ReactNode }) {
  return <ConsoleContext.Provider value={services}>{children}</ConsoleContext.Provider>
}

/** The console's services; pages mounted in a host app need a `ConsoleProvider` above them. */
export function useConsole(): ConsoleServices {
  const services = useContext(ConsoleContext)
  if (services === null) throw new Error("Wrap the console's pages in <ConsoleProvider>")
  return services
}
