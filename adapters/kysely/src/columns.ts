/** A Postgres column type as this adapter writes it. */
export type SqlType = "text" | "integer" | "bigint" | "boolean" | "timestamptz" | "date" | "jsonb"

/** One column and the entity field it holds. */
export interface Column<T> {
  readonly column: string
  readonly field: keyof T & string
  readonly type: SqlType
  /** Rebuilds the field from what the driver returned, when more than a type conversion is needed. */
  readonly read?: ((value: unknown) => unknown) | undefined
}

/**
 * How an entity maps to a table. Rows are written as JSON records (`jsonb_to_recordset`), so a
 * batch of any size is one parameter, and read back through `select`, which casts what drivers
 * would otherwise parse differently.
 */
export interface RowSpec<T> {
  readonly columns: ReadonlyArray<Column<T>>
  /** The comma-separated column names, for INSERT lists. */
  readonly names: string
  /** The column definition list of `jsonb_to_record(set)(…) AS x(…)`. */
  readonly definition: string
  /** The select list, each column qualified by `alias`. */
  select(alias: string): string
  /** The entity as a JSON record keyed by column. */
  record(entity: T): Record<string, unknown>
  /** The entity from a selected row. */
  fromRow(row: Readonly<Record<string, unknown>>): T
}

/** Builds a `RowSpec` from `[column, field, type]` triples (or full `Column`s). */
export function rowSpec<T>(
  columns: ReadonlyArray<readonly [column: string, field: keyof T & string, type: SqlType] | Column<T>>,
): RowSpec<T> {
  const list: ReadonlyArray<Column<T>> = columns.map((c) => ("column" in c ? c : { column: c[0], field: c[1], type: c[2] }))
  return {
    columns: list,
    names: list.map((c) => c.column).join(", "),
    definition: list.map((c) => `${c.column} ${c.type}`).join(", "),
    select: (alias) =>
      list.map((c) => (c.type === "date" ? `${alias}.${c.column}::text AS ${c.column}` : `${alias}.${c.column}`)).join(", "),
    record: (entity) => {
      const out: Record<string, unknown> = {}
      for (const c of list) out[c.column] = toJson(entity[c.field], c.type)
      return out
    },
    fromRow: (row) => {
      const out: Record<string, unknown> = {}
      for (const c of list) {
        const value = fromDriver(row[c.column], c.type)
        out[c.field] = c.read === undefined ? value : c.read(value)
      }
      return out as T
    },
  }
}

/** An instant as the engine writes it (`2026-01-05T10:00:00.000Z`), whatever the driver returned. */
export function instant(value: unknown): string {
  return new Date(value as string | Date).toISOString()
}

function toJson(value: unknown, type: SqlType): unknown {
  if (value === undefined || value === null) return null
  // Instants are stored at the engine's millisecond precision, so cursors built from them compare exactly.
  if (type === "timestamptz") return instant(value)
  return value
}

function fromDriver(value: unknown, type: SqlType): unknown {
  if (value === null || value === undefined) return null
  switch (type) {
    case "timestamptz":
      return instant(value)
    case "integer":
    case "bigint":
      return Number(value)
    case "jsonb":
      return typeof value === "string" ? JSON.parse(value) : value
    default:
      return value
  }
}

/** Rebuilds an object with its keys in the schema's order (jsonb keeps keys sorted, not as written). */
export function inShapeOrder(keys: ReadonlyArray<string>): (value: unknown) => unknown {
  return (value) => {
    if (value === null || typeof value !== "object") return value
    const source = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const key of keys) if (key in source) out[key] = source[key]
    for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key]
    return out
  }
}
