import { useTranslation } from '@yektayar/ui'
import { useMemo } from 'react'
import { splitLinks } from '../link-text.ts'

/**
 * A message's text, escaped by React like any text, with its http(s) links as anchors that
 * open in a new tab without handing the opened page a reference back to ours.
 */
export function MessageText({
  content,
  linkClassName,
}: {
  content: string
  linkClassName?: string
}) {
  const { t } = useTranslation()
  const parts = useMemo(() => splitLinks(content), [content])
  return parts.map((part, index) =>
    part.kind === 'link' ? (
      <a
        // biome-ignore lint/suspicious/noArrayIndexKey: parts never move; their order is the text.
        key={index}
        href={part.href}
        target="_blank"
        rel="noopener noreferrer"
        dir="ltr"
        className={linkClassName ?? 'underline underline-offset-2 break-all'}
      >
        {part.text}
        <span className="sr-only"> {t('messaging.thread.linkWarning')}</span>
      </a>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: as above.
      <span key={index}>{part.text}</span>
    ),
  )
}
