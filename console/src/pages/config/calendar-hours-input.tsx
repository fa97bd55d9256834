import { DeleteOutlined, PlusOutlined } from "@ant-design/icons"
import { Button, DatePicker, Form, Input, Select, Space } from "antd"
import dayjs from "dayjs"
import { useTranslation } from "react-i18next"

const time = [{ pattern: /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, message: "HH:mm" }]

/** A calendar's weekly working hours and its holidays. */
export function CalendarHoursInput() {
  const { t } = useTranslation()
  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: day, label: t(`calendars.days.d${day}`) }))
  return (
    <>
      <Form.Item label={t("calendars.fields.hours")} required>
        <Form.List name="hours">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: "100%" }}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, "day"]} rules={[{ required: true }]} noStyle>
                    <Select options={days} style={{ width: 150 }} aria-label={t("calendars.fields.day")} />
                  </Form.Item>
                  <Form.Item name={[field.name, "from"]} rules={[{ required: true }, ...time]} noStyle>
                    <Input style={{ width: 90 }} placeholder="09:00" aria-label={t("calendars.fields.from")} />
                  </Form.Item>
                  <span>–</span>
                  <Form.Item name={[field.name, "to"]} rules={[{ required: true }, ...time]} noStyle>
                    <Input style={{ width: 90 }} placeholder="18:00" aria-label={t("calendars.fields.to")} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t("common.remove")} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ day: 1, from: "09:00", to: "18:00" })}>
                {t("calendars.fields.addHours")}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={t("calendars.fields.holidays")}>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <Space wrap>
              {fields.map((field) => (
                <Space key={field.key} size={2}>
                  <Form.Item
                    name={field.name}
                    noStyle
                    getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : null })}
                    getValueFromEvent={(day: dayjs.Dayjs | null) => day?.format("YYYY-MM-DD")}
                  >
                    <DatePicker aria-label={t("calendars.fields.holidays")} />
                  </Form.Item>
                  <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t("common.remove")} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(dayjs().format("YYYY-MM-DD"))}>
                {t("calendars.fields.addHoliday")}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  )
}
