/**
 * Markdown safety for course articles (issue 17), one set of rules for two layers:
 *
 * - the server refuses, on save, an article with raw HTML, a link that is not http(s), mailto
 *   or a path of ours, or an image that is not one of our stored files (`findUnsafeMarkdown`,
 *   422 MARKDOWN_UNSAFE), so nothing unsafe is ever stored;
 * - the renderer (the web app) renders without raw HTML and passes every link and image
 *   address through `safeMarkdownUrl`, dropping what it refuses, so content stored before
 *   these rules, or slipped past them, is still neutralised where it would run.
 *
 * Zod-free and DOM-free: both front ends and the backend import it.
 */

export type MarkdownUrlKind = 'link' | 'image'

/** Images come only from our storage: a course media file, as the files API serves it. */
const OUR_IMAGE =
  /^\/api\/v1\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/fallback)?$/i

const LINK_SCHEMES = new Set(['http', 'https', 'mailto'])

// The named character references that can spell a scheme or hide its colon; numeric ones are
// all decoded. Markdown decodes references in link destinations, so `jav&#x61;script:` is
// `javascript:` by the time a browser sees it.
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
}

function decodeReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z]{2,10});?/g, (whole, ref) => {
    const name = String(ref)
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X'
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/**
 * What a browser would make of a destination: references decoded, Markdown's backslash
 * escapes undone, and every control character, space and invisible mark gone (browsers drop
 * tabs and newlines inside a scheme, and leading controls), in lower case.
 */
function canonical(url: string): string {
  return (
    decodeReferences(url)
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
      .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '')
      .toLowerCase()
  )
}

/**
 * The address to use for a Markdown link or image, or null to drop it. Links: http, https,
 * mailto, or a path on our own site (`/…`, `#…`, relative); images: only our stored files.
 * Scheme-relative addresses (`//host/…`) are refused for both: write the scheme.
 */
export function safeMarkdownUrl(url: string, kind: MarkdownUrlKind): string | null {
  const trimmed = url.trim()
  const seen = canonical(trimmed)
  if (kind === 'image') return OUR_IMAGE.test(seen) ? trimmed : null
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1]
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme) ? trimmed : null
  // No scheme, yet a colon before any path part: a browser may still read one (`java\tscript:`
  // was handled above); refuse what is not plainly a path.
  if (seen.startsWith('//') || /^[^/?#]*:/.test(seen)) return null
  return trimmed
}

export type MarkdownIssueKind = 'raw_html' | 'unsafe_link' | 'remote_image'

export interface MarkdownIssue {
  kind: MarkdownIssueKind
  /** The offending text, cut to 80 characters, for the author's error message. */
  excerpt: string
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text)

/**
 * HTML as Markdown would pass it through: an opening or closing tag, a comment, a declaration
 * or a processing instruction. `<https://…>` (an autolink) and `< 5` are not HTML.
 */
const RAW_HTML = /<(?:[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|\/[A-Za-z]|!--|![A-Za-z[]|\?)/g

/** `<scheme:…>` autolinks; their address is a link like any other. */
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g

/** `[label]: destination` reference definitions, at most three spaces in. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(?:\n[ \t]*)?(<[^>\n]*>|\S+)/gm

/** The destination that starts at `from` (just after `(`), as Markdown reads it. */
function destinationAt(text: string, from: number): string {
  let i = from
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++
  if (text[i] === '<') {
    const end = text.indexOf('>', i)
    return text.slice(i + 1, end === -1 ? undefined : end)
  }
  let depth = 0
  let end = i
  for (; end < text.length; end++) {
    const char = text[end]
    if (char === '\\') end++
    else if (char === '(') depth++
    else if (char === ')' && depth-- === 0) break
    else if (char === ' ' || char === '\t' || char === '\n') break
  }
  return text.slice(i, end)
}

const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase()

/** Inline links and images (`[text](url)`, `![alt](url)`) and the labels images refer to. */
function scanBrackets(markdown: string) {
  const inline: { url: string; kind: MarkdownUrlKind }[] = []
  const imageLabels = new Set<string>()
  const open: { at: number; image: boolean }[] = []
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]
    if (char === '\\') {
      i++
    } else if (char === '[') {
      open.push({ at: i, image: markdown[i - 1] === '!' && markdown[i - 2] !== '\\' })
    } else if (char === ']') {
      const start = open.pop()
      if (!start) continue
      const kind: MarkdownUrlKind = start.image ? 'image' : 'link'
      if (markdown[i + 1] === '(') inline.push({ url: destinationAt(markdown, i + 2), kind })
      else if (start.image) {
        // `![alt][label]`, `![alt][]` or `![label]`: the definition must hold an image address.
        const reference = /^\[((?:[^\]\\]|\\.)*)\]/.exec(markdown.slice(i + 1))?.[1]
        imageLabels.add(labelKey(reference || markdown.slice(start.at + 1, i)))
      }
    }
  }
  return { inline, imageLabels }
}

/**
 * What makes an article unsafe to store, empty when it is safe: raw HTML anywhere (code spans
 * included: course articles hold no code, and a false alarm costs an author one rewording),
 * links outside `safeMarkdownUrl`'s rule, and images not from our storage, whether inline, by
 * reference or as autolinks.
 */
export function findUnsafeMarkdown(markdown: string): MarkdownIssue[] {
  const issues: MarkdownIssue[] = []
  for (const match of markdown.matchAll(RAW_HTML)) {
    const end = markdown.indexOf('>', match.index)
    const text = markdown.slice(match.index, end === -1 ? match.index + 40 : end + 1)
    issues.push({ kind: 'raw_html', excerpt: excerpt(text) })
  }
  const { inline, imageLabels } = scanBrackets(markdown)
  const destinations = [...inline]
  for (const [, url] of markdown.matchAll(AUTOLINK))
    destinations.push({ url: url ?? '', kind: 'link' })
  for (const [, label, raw] of markdown.matchAll(DEFINITION)) {
    const url = raw?.startsWith('<') ? raw.slice(1, -1) : (raw ?? '')
    destinations.push({ url, kind: 'link' })
    if (imageLabels.has(labelKey(label ?? ''))) destinations.push({ url, kind: 'image' })
  }
  for (const { url, kind } of destinations) {
    if (safeMarkdownUrl(url, kind) !== null) continue
    issues.push({ kind: kind === 'image' ? 'remote_image' : 'unsafe_link', excerpt: excerpt(url) })
  }
  // `[a](<javascript:…>)` is both an inline link and an autolink: one issue is enough.
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.kind} ${issue.excerpt}`
    return !seen.has(key) && Boolean(seen.add(key))
  })
}
