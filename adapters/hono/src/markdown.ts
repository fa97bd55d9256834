import { Marked } from "marked"
import sanitizeHtml from "sanitize-html"

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

// Raw HTML in a message is shown as text, never interpreted: the renderer escapes it.
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text)
    },
    // Remote images would leak who reads a ticket and when: an image becomes a link to it.
    image({ href, text }) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text === "" ? href : text)}</a>`
    },
  },
})

const allowedTags = [
  "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
  "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6",
  "table", "thead", "tbody", "tr", "th", "td", "input",
]

/** The sanitiser's policy: formatting only, links to http(s) and mailto, no images, no attributes that run code. */
const policy: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    th: ["align"],
    td: ["align"],
    code: ["class"],
    ol: ["start"],
    input: ["type", "checked", "disabled"],
  },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
    input: (tagName, attribs) =>
      // Task-list checkboxes only, and never interactive.
      attribs.type === "checkbox"
        ? { tagName, attribs: { type: "checkbox", disabled: "", ...(attribs.checked === undefined ? {} : { checked: "" }) } }
        : { tagName: "span", attribs: {} },
  },
}

/**
 * Renders a message's Markdown to HTML that is safe to insert in a page: raw HTML is escaped,
 * and the result goes through sanitize-html (no scripts, event handlers, styles, images or
 * `javascript:` links).
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string
  return sanitizeHtml(html, policy)
}
