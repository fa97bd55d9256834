import { DatePicker } from "antd"
import dayjs from "dayjs"

/**
 * The custom created-date range of the list filters, a chunk of its own: antd's pickers are
 * a fifth of the list page's code and only this rarely used filter needs them.
 */
export default function CreatedRangePicker({ label, value, onChange }: { label: string; value: readonly [string, string] | null; onChange: (range: [string, string] | null) => void }) {
  return (
    <DatePicker.RangePicker
      aria-label={label}
      value={value === null ? null : [dayjs(value[0]), dayjs(value[1])]}
      onChange={(range) => {
        const [from, to] = range ?? []
        onChange(from && to ? [from.startOf("day").toISOString(), to.endOf("day").toISOString()] : null)
      }}
    />
  )
}
