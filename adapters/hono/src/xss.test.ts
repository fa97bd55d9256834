import { describe, expect, it } from "vitest"
import { buildWorld } from "./testing/world.ts"

/** Payloads that try to run script wherever text is rendered or served. */
const corpus = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
  "<iframe src=\"https://evil.test\"></iframe>",
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  "<details open ontoggle=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '"><script>alert(1)</script>',
  "`<script>`alert(1)`</script>`",
  "<scr<script>ipt>alert(1)</script>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<a href='&#106;avascript:alert(1)'>entity</a>",
  "[entity](&#106;avascript:alert(1))",
  "<form action=javascript:alert(1)><button>x</button></form>",
  "- [x] <input onfocus=alert(1) autofocus>",
]

const allowedTags = new Set(["p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input"])
const allowedAttributes = new Set(["href", "title", "rel", "target", "align", "class", "start", "type", "checked", "disabled"])

/** Every tag and attribute of the HTML is on the allowlist, and every link is http(s) or mailto. */
function assertInert(html: string, payload: string): void {
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const [, tag = "", attributes = ""] = match
    expect(allowedTags.has(tag.toLowerCase()), `tag ${tag} from ${payload}: ${html}`).toBe(true)
    for (const attribute of attributes.matchAll(/([^\s="'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = (attribute[1] ?? "").toLowerCase()
      expect(allowedAttributes.has(name), `attribute ${name} from ${payload}: ${html}`).toBe(true)
      if (name === "href") expect(attribute[2] ?? "", `href from ${payload}`).toMatch(/^"(https?:|mailto:)/i)
      // Text may mention `javascript:` (escaped, inert); no attribute may carry it.
      expect((attribute[2] ?? "").toLowerCase(), `${name} from ${payload}`).not.toMatch(/javascript:|vbscript:|data:/)
    }
  }
}

describe("an XSS corpus", () => {
  it("never comes back executable from subjects, descriptions and replies", async () => {
    const world = await buildWorld()
    for (const payload of corpus) {
      const created = await world.call("bob", "POST", "/v1/tickets", { subject: payload.slice(0, 300), description: payload })
      expect(created.status, payload).toBe(201)
      expect(created.headers.get("Content-Type")).toMatch(/^application\/json/)
      expect(created.headers.get("X-Content-Type-Options")).toBe("nosniff")
      const ticket = (await created.json()) as { id: string; subject: string }
      // Stored as written: the text is data, escaped by whoever renders it.
      expect(ticket.subject).toBe(payload.slice(0, 300).trim())
      await world.call("agent", "POST", `/v1/tickets/${ticket.id}/messages`, { body: `Reply: ${payload}` })
      const messages = (await (await world.call("bob", "GET", `/v1/tickets/${ticket.id}/messages`)).json()) as Array<{ body: string; bodyHtml: string }>
      expect(messages).toHaveLength(2)
      for (const message of messages) assertInert(message.bodyHtml, payload)
    }
  })

  it("answers hostile ids in paths with JSON problems, never HTML", async () => {
    const world = await buildWorld()
    const response = await world.call("bob", "GET", `/v1/tickets/${encodeURIComponent("<script>alert(1)</script>")}`)
    expect(response.status).toBe(404)
    expect(response.headers.get("Content-Type")).toBe("application/problem+json")
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff")
  })

  it("never serves an uploaded file as HTML or SVG, and keeps filenames out of header syntax", async () => {
    const world = await buildWorld()
    const files: Array<[string, string]> = [
      ["<script>alert(1)</script>.html", "<html><body><script>alert(1)</script></body></html>"],
      ["evil.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
      ["evil-xml.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['a"; filename="evil.html', "plain"],
      ["line\r\nX-Injected: 1.txt", "plain"],
      ["..\\..\\windows\\system32\\evil.js", "alert(1)"],
      ["\u202Egnp.exe", "MZ"],
      ["javascript:alert(1)", "x"],
    ]
    for (const [filename, content] of files) {
      const uploaded = await world.upload("bob", filename, content, "text/html")
      expect(uploaded.status, filename).toBe(201)
      const meta = (await uploaded.json()) as { id: string; filename: string; contentType: string }
      expect(meta.filename).not.toMatch(/[<>"\\/\r\n\u202E]/)
      expect(meta.contentType).not.toMatch(/html|svg/)
      const download = await world.call("bob", "GET", `/v1/attachments/${meta.id}`)
      expect(download.status).toBe(200)
      const type = download.headers.get("Content-Type") ?? ""
      expect(type, filename).not.toMatch(/html|svg|xml|javascript/)
      expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff")
      expect(download.headers.get("Content-Security-Policy")).toContain("sandbox")
      const disposition = download.headers.get("Content-Disposition") ?? ""
      expect(disposition, filename).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!$&+.^_`|~-]*$/)
      expect(disposition.match(/"/g)?.length).toBe(2)
      expect(download.headers.get("X-Injected")).toBeNull()
    }
  })
})
