import * as z from "zod"

// What Postgres cannot store: NUL in `text` and `jsonb`, and UTF-16 surrogates without their pair
// (they have no UTF-8 form). Other C0/C1 control characters are storable but make no sense in text
// a person reads, so single-line text refuses them all and free text keeps only tab, LF and CR.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const lineControl = /[\u0000-\u001f\u007f-\u009f]/
const textControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/** Whether a string is one line of text Postgres can store: no control characters, no lone surrogates. */
export function isStorableLine(value: string): boolean {
  return !lineControl.test(value) && !loneSurrogate.test(value)
}

/** Whether a string is free text Postgres can store: control characters other than tab, LF and CR refused, no lone surrogates. */
export function isStorableText(value: string): boolean {
  return !textControl.test(value) && !loneSurrogate.test(value)
}

/**
 * One line of text (a name, a subject, an id): refuses NUL, other control characters and lone
 * surrogates. Every single-line string field of an input is built on it.
 *
 * @example
 * const Name = Line.min(1).max(200)
 */
export const Line = z.string().refine(isStorableLine, { message: "control characters and unpaired surrogates are not allowed", abort: true })

/**
 * Free text (a description, a message body): keeps tab, LF and CR, refuses NUL, other control
 * characters and lone surrogates.
 */
export const Text = z.string().refine(isStorableText, { message: "control characters other than tab and line breaks, and unpaired surrogates, are not allowed", abort: true })

/** The earliest and latest instants Postgres and every client agree on: years 0001 to 9999, in UTC. */
const earliest = new Date("0001-01-01T00:00:00.000Z").getTime()
const latest = new Date("9999-12-31T23:59:59.999Z").getTime()

/** Whether an ISO 8601 date or instant falls in years 0001–9999 once taken to UTC. */
function inSupportedRange(value: string): boolean {
  const time = new Date(value).getTime()
  return Number.isFinite(time) && time >= earliest && time <= latest
}

/** A slug that names a configuration entity, unique per tenant (`technical-support`). */
export const Key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "a key is lowercase letters, digits, '-' and '_'")
/** A configuration key. */
export type Key = z.infer<typeof Key>

/** An opaque identifier (uuid for generated ids). */
export const Id = Line.min(1).max(128)
/** An opaque identifier. */
export type Id = z.infer<typeof Id>

/** An instant as an ISO 8601 string in UTC (`2026-11-22T10:00:00.000Z`). */
export const Instant = z.iso.datetime({ offset: true }).refine(inSupportedRange, { message: "an instant is between years 0001 and 9999 (UTC)" })
/** An instant as an ISO 8601 string. */
export type Instant = z.infer<typeof Instant>

/** A calendar date (`2026-12-01`), such as the customer's desired due date. */
export const CalendarDate = z.iso.date().refine(inSupportedRange, { message: "a date is between years 0001 and 9999" })
/** A calendar date. */
export type CalendarDate = z.infer<typeof CalendarDate>

/** Translations of a label per locale: `{ "ru": "В работе", "vi": "Đang xử lý" }`. */
export const Labels = z.record(Line.min(2).max(16), Line.min(1).max(200))
/** Translations of a label per locale. */
export type Labels = z.infer<typeof Labels>

/** A CSS colour (`#1677ff`). */
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour is #rrggbb")
/** A CSS colour. */
export type Color = z.infer<typeof Color>

/** An ISO 8601 duration (`P7D`, `PT4H`, `P1DT12H`). */
export const Duration = z
  .string()
  .regex(
    /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    "a duration is ISO 8601, such as P7D or PT4H",
  )
/** An ISO 8601 duration. */
export type Duration = z.infer<typeof Duration>

/** The fields every configuration entity shares. */
export const ConfigBase = z.object({
  key: Key,
  name: Line.min(1).max(200),
  labels: Labels.default({}),
})
