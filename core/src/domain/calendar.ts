import * as z from "zod"
import { CalendarDate, ConfigBase, Line } from "./common.ts"

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "a time is HH:mm")

/** One working interval of a weekday (1 = Monday … 7 = Sunday), local time. */
export const WorkingHours = z
  .object({ day: z.number().int().min(1).max(7), from: Time, to: Time })
  .refine((h) => h.from < h.to, "a working interval ends after it starts")
/** One working interval of a weekday. */
export type WorkingHours = z.infer<typeof WorkingHours>

/** Business hours in an IANA time zone, with holidays. */
export const Calendar = ConfigBase.extend({
  timeZone: Line.min(1).max(64).refine(isTimeZone, "an IANA time zone such as Europe/Moscow"),
  hours: z.array(WorkingHours).min(1),
  holidays: z.array(CalendarDate).default([]),
})
/** Business hours in an IANA time zone, with holidays. */
export type Calendar = z.infer<typeof Calendar>

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}
