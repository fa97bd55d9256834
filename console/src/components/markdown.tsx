import ReactMarkdown from "react-markdown"
import remarkGfm from "remark-gfm"

/**
 * A message body rendered from Markdown: raw HTML is dropped (`skipHtml`), links keep
 * react-markdown's safe URL filter (no `javascript:`) and open in a new tab without an opener.
 */
export default function Markdown({ children }: { children: string }) {
  return (
    <div className="tf-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {text}
            </a>
          ),
          img: ({ alt }) => <span>{alt === undefined || alt === "" ? "" : `[${alt}]`}</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  )
}
