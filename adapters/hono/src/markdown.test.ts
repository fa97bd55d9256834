import { describe, expect, it } from "vitest"
import { renderMarkdown } from "./markdown.ts"

describe("renderMarkdown", () => {
  it("renders Markdown: emphasis, lists, code, tables, safe links", () => {
    expect(renderMarkdown("**bold** and _em_")).toBe("<p><strong>bold</strong> and <em>em</em></p>\n")
    expect(renderMarkdown("- one\n- two")).toBe("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
    expect(renderMarkdown("```ts\nconst x = 1\n```")).toBe('<pre><code class="language-ts">const x = 1\n</code></pre>\n')
    expect(renderMarkdown("[docs](https://example.com)")).toBe('<p><a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">docs</a></p>\n')
    expect(renderMarkdown("| a |\n|---|\n| b |")).toContain("<table>")
    expect(renderMarkdown("line one\nline two")).toBe("<p>line one<br />line two</p>\n")
  })

  it("shows raw HTML as text", () => {
    expect(renderMarkdown("<b>hi</b> <script>alert(1)</script>")).toBe("<p>&lt;b&gt;hi&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
  })

  it("drops unsafe link targets and turns images into links", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("javascript")
    expect(renderMarkdown("[x](data:text/html,hi)")).not.toContain("data:")
    expect(renderMarkdown("![chart](https://example.com/c.png)")).toBe('<p><a href="https://example.com/c.png" rel="noopener noreferrer nofollow" target="_blank">chart</a></p>\n')
  })
})
