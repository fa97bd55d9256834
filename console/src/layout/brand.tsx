import { Space } from "antd"

/** The console's mark: a ticket stub in the primary colour. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden>
      <rect x="2" y="7" width="28" height="18" rx="4" fill="#0958d9" />
      <circle cx="2" cy="16" r="3.5" fill="#fff" />
      <circle cx="30" cy="16" r="3.5" fill="#fff" />
      <path d="M11 16h10M16 11v10" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  )
}

/** The sider's title: the mark and the product name, or the mark alone when collapsed. */
export function BrandTitle({ collapsed }: { collapsed: boolean }) {
  return (
    <Space size={10} align="center" style={{ height: 64, paddingInline: collapsed ? 0 : 4 }}>
      <BrandMark />
      {!collapsed && <span style={{ fontSize: 18, fontWeight: 650, letterSpacing: -0.2, color: "inherit" }}>ticketflow</span>}
    </Space>
  )
}
