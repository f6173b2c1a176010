/**
 * Messages are plain text. Links in them become anchors, but only http(s) ones: anything else
 * (javascript:, data:, a bare domain) stays text, so a message can never run code or open
 * something unexpected. The text itself is never rewritten: ZWNJ, emoji and spacing stay.
 */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

// A scheme, then anything up to whitespace or a character that cannot be part of a link.
const LINK = /\bhttps?:\/\/[^\s<>"'«»]+/giu
// Punctuation that ends a sentence rather than a link (Persian ones included).
const TRAILING = /[.,;:!?؟،؛)\]}»'"]+$/u

function trimmed(candidate: string): string {
  let link = candidate.replace(TRAILING, '')
  // Keep a closing parenthesis that closes one opened inside the link (Wikipedia style).
  const opened = (link.match(/\(/g) ?? []).length
  const closed = (link.match(/\)/g) ?? []).length
  const rest = candidate.slice(link.length)
  if (opened > closed && rest.startsWith(')')) link += ')'
  return link
}

function safeHref(text: string): string | undefined {
  try {
    const url = new URL(text)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    if (!url.hostname) return undefined
    return url.href
  } catch {
    return undefined
  }
}

/** The message split into text and link parts; joined back, the parts are the message. */
export function splitLinks(message: string): TextPart[] {
  const parts: TextPart[] = []
  let from = 0
  for (const match of message.matchAll(LINK)) {
    const start = match.index ?? 0
    const text = trimmed(match[0])
    const href = safeHref(text)
    if (!href) continue
    if (start > from) parts.push({ kind: 'text', text: message.slice(from, start) })
    parts.push({ kind: 'link', text, href })
    from = start + text.length
  }
  if (from < message.length) parts.push({ kind: 'text', text: message.slice(from) })
  return parts
}
