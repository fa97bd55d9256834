import * as z from "zod"

/** A slug that names a configuration entity, unique per tenant (`technical-support`). */
export const Key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "a key is lowercase letters, digits, '-' and '_'")
/** A configuration key. */
export type Key = z.infer<typeof Key>

/** An opaque identifier (uuid for generated ids). */
export const Id = z.string().min(1).max(128)
/** An opaque identifier. */
export type Id = z.infer<typeof Id>

/** An instant as an ISO 8601 string in UTC (`2026-11-22T10:00:00.000Z`). */
export const Instant = z.iso.datetime({ offset: true })
/** An instant as an ISO 8601 string. */
export type Instant = z.infer<typeof Instant>

/** A calendar date (`2026-12-01`), such as the customer's desired due date. */
export const CalendarDate = z.iso.date()
/** A calendar date. */
export type CalendarDate = z.infer<typeof CalendarDate>

/** Translations of a label per locale: `{ "ru": "В работе", "vi": "Đang xử lý" }`. */
export const Labels = z.record(z.string().min(2).max(16), z.string().min(1).max(200))
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
  name: z.string().min(1).max(200),
  labels: Labels.default({}),
})
