import { useLanguage } from '@yektayar/ui'
import { SafeMarkdown } from '@yektayar/ui/markdown'

/**
 * A reply's words as safe Markdown (no raw HTML, unsafe links as plain text), in the reader's
 * language's direction; the tighter spacing of a chat bubble rather than an article's.
 */
export function ReplyText({ content }: { content: string }) {
  const language = useLanguage()
  return (
    <SafeMarkdown
      lang={language}
      className="leading-7 [&_h2]:mt-3 [&_h2]:text-base [&_h3]:mt-3 [&_h3]:text-base [&_ol]:mt-2 [&_p]:mt-2 [&_ul]:mt-2"
    >
      {content}
    </SafeMarkdown>
  )
}
