/**
 * Markdown inside a block: emphasis, code spans, links, images, autolinks and escapes. Link and
 * image addresses are kept as written; the view passes each through `safeMarkdownUrl`.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'image'; url: string; alt: string }
  | { type: 'break' }

/** Reference definitions by label (lower case, spaces folded). */
export type References = Map<string, string>

const PUNCTUATION = /[!-/:-@[-`{-~]/
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/
const EMAIL = /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/
const ENTITY = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  zwnj: '\u200c',
  zwj: '\u200d',
}
const WORD = /[\p{L}\p{N}]/u

function entity(name: string): string | null {
  if (!name.startsWith('#')) return NAMED[name] ?? null
  const hex = name[1] === 'x' || name[1] === 'X'
  const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
}

/** Where the bracket opened at `open` closes, skipping escapes and nested pairs; -1 if never. */
function closingBracket(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const char = text[i]
    if (char === '\\') i++
    else if (char === '[') depth++
    else if (char === ']' && --depth === 0) return i
  }
  return -1
}

/** `(destination "title")` from `open` (the parenthesis): the address and where it ends. */
function inlineDestination(text: string, open: number): { url: string; end: number } | null {
  let i = open + 1
  while (text[i] === ' ' || text[i] === '\n') i++
  let url: string
  if (text[i] === '<') {
    const close = text.indexOf('>', i)
    if (close === -1) return null
    url = text.slice(i + 1, close)
    i = close + 1
  } else {
    const start = i
    let depth = 0
    for (; i < text.length; i++) {
      const char = text[i]
      if (char === '\\') i++
      else if (char === '(') depth++
      else if (char === ')' && depth-- === 0) break
      else if (char === ' ' || char === '\n') break
    }
    url = text.slice(start, i)
  }
  // An optional title, which the view does not show.
  const rest = /^[ \n]*(?:"[^"]*"|'[^']*'|\([^)]*\))?[ \n]*\)/.exec(text.slice(i))
  return rest ? { url, end: i + rest[0].length } : null
}

/** What follows a `]`: `(address)`, `[label]`, `[]` or nothing (the text is the label). */
function resolveTarget(text: string, after: number, label: string, references: References) {
  if (text[after] === '(') {
    const inline = inlineDestination(text, after)
    if (inline) return inline
  }
  if (text[after] === '[') {
    const close = text.indexOf(']', after)
    const named = close === -1 ? '' : text.slice(after + 1, close)
    const url = references.get((named || label).trim().replace(/\s+/g, ' ').toLowerCase())
    if (close !== -1 && url !== undefined) return { url, end: close + 1 }
  }
  const url = references.get(label.trim().replace(/\s+/g, ' ').toLowerCase())
  return url === undefined ? null : { url, end: after }
}

/** The closing run of `count` `marker`s for an opener at `from`, or -1. */
function closingDelimiter(text: string, from: number, marker: string, count: number): number {
  const run = marker.repeat(count)
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++
      continue
    }
    if (!text.startsWith(run, i) || /\s/.test(text[i - 1] ?? ' ')) continue
    // Underscores inside a word do not close (snake_case); asterisks may.
    if (marker === '_' && WORD.test(text[i + count] ?? '')) continue
    if (text[i + count] === marker && count === 1) {
      i++
      continue
    }
    return i
  }
  return -1
}

export const plainText = (inlines: Inline[]): string =>
  inlines
    .map((inline) => {
      if (inline.type === 'text' || inline.type === 'code') return inline.text
      if (inline.type === 'image') return inline.alt
      if (inline.type === 'break') return ' '
      return plainText(inline.children)
    })
    .join('')

export function parseInlines(text: string, references: References): Inline[] {
  const out: Inline[] = []
  let buffer = ''
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer })
    buffer = ''
  }
  const push = (inline: Inline) => {
    flush()
    out.push(inline)
  }
  let i = 0
  while (i < text.length) {
    const char = text[i] ?? ''
    const rest = text.slice(i)
    if (char === '\\' && text[i + 1] === '\n') {
      push({ type: 'break' })
      i += 2
    } else if (char === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      buffer += text[i + 1]
      i += 2
    } else if (char === '\n') {
      if (/ {2,}$/.test(buffer)) {
        buffer = buffer.trimEnd()
        push({ type: 'break' })
      } else buffer += '\n'
      i++
    } else if (char === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`'
      const close = text.indexOf(run, i + run.length)
      if (close === -1) {
        buffer += run
        i += run.length
      } else {
        const code = text.slice(i + run.length, close).replace(/\n/g, ' ')
        const trimmed = /^ .* $/.test(code) && code.trim() ? code.slice(1, -1) : code
        push({ type: 'code', text: trimmed })
        i = close + run.length
      }
    } else if (char === '&' && ENTITY.test(rest)) {
      const [whole, name = ''] = ENTITY.exec(rest) ?? ['&']
      buffer += entity(name) ?? whole
      i += whole.length
    } else if (char === '<' && (AUTOLINK.test(rest) || EMAIL.test(rest))) {
      const email = EMAIL.exec(rest)
      const link = email ?? AUTOLINK.exec(rest)
      const address = link?.[1] ?? ''
      push({
        type: 'link',
        url: email ? `mailto:${address}` : address,
        children: [{ type: 'text', text: address }],
      })
      i += link?.[0].length ?? 1
    } else if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const image = char === '!'
      const open = image ? i + 1 : i
      const close = closingBracket(text, open)
      const label = close === -1 ? '' : text.slice(open + 1, close)
      const target = close === -1 ? null : resolveTarget(text, close + 1, label, references)
      if (!target) {
        buffer += char
        i++
        continue
      }
      const children = parseInlines(label, references)
      push(
        image
          ? { type: 'image', url: target.url, alt: plainText(children) }
          : { type: 'link', url: target.url, children },
      )
      i = target.end
    } else if (char === '*' || char === '_') {
      const run = (char === '*' ? /^\*+/ : /^_+/).exec(rest)?.[0] ?? char
      const count = Math.min(run.length, 2)
      const opens = !/\s/.test(text[i + run.length] ?? ' ')
      const intraword = char === '_' && WORD.test(text[i - 1] ?? '')
      const close = opens && !intraword ? closingDelimiter(text, i + count + 1, char, count) : -1
      if (close === -1) {
        buffer += run
        i += run.length
      } else {
        const children = parseInlines(text.slice(i + count, close), references)
        push({ type: count === 2 ? 'strong' : 'em', children })
        i = close + count
      }
    } else {
      buffer += char
      i++
    }
  }
  flush()
  return out
}
