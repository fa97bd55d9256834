// The host app's own part: a data provider of its own (here, accounts held in memory) and a page.
import { useList, type BaseRecord, type DataProvider } from "@refinedev/core"

const accounts: BaseRecord[] = [
  { id: 1, name: "Acme" },
  { id: 2, name: "Globex" },
]

const unsupported = (action: string) => async (): Promise<never> => {
  throw new Error(`The demo CRM is read-only: no ${action}`)
}

/** The host's data provider, named "crm" beside the console's default one. */
export const crmDataProvider: DataProvider = {
  getApiUrl: () => "",
  getList: async () => ({ data: accounts as never[], total: accounts.length }),
  getOne: async ({ id }) => {
    const account = accounts.find((candidate) => String(candidate.id) === String(id))
    if (account === undefined) throw new Error(`No account ${id}`)
    return { data: account as never }
  },
  create: unsupported("create"),
  update: unsupported("update"),
  deleteOne: unsupported("delete"),
}

/** The host's own page, listing its accounts. */
export function AccountsPage() {
  const { result } = useList({ resource: "accounts", dataProviderName: "crm" })
  return (
    <ul>
      {result.data.map((account) => (
        <li key={String(account.id)}>{String(account.name)}</li>
      ))}
    </ul>
  )
}
