import { type Inline, parseInlines, type References } from './parse-inlines.ts'

/**
 * Course articles' Markdown as blocks: headings, paragraphs, lists, quotes, rules and code.
 * It builds a tree that markdown-view.tsx turns into React elements, never an HTML string,
 * so raw HTML in an article has no way to run: it stays the text it was written as.
 */
export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'rule' }
  | { type: 'code'; text: string }

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUOTE = /^ {0,3}> ?/
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/
const DEFINITION =
  /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/

const isBlank = (line: string) => line.trim() === ''
const indentOf = (line: string) => line.length - line.trimStart().length

export const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase()

/** Whether a line starts a block that ends the paragraph before it. */
function interrupts(line: string): boolean {
  if (HEADING.test(line) || RULE.test(line) || FENCE.test(line) || QUOTE.test(line)) return true
  const item = ITEM.exec(line)
  // An ordered list interrupts a paragraph only from 1, and no empty item does (CommonMark).
  return (
    item !== null && item[4] !== '' && (!/\d/.test(item[2] ?? '') || /^1\D/.test(item[2] ?? ''))
  )
}

/** `[label]: address` lines, taken out of the text (outside code blocks) into `references`. */
function takeDefinitions(lines: string[], references: References): string[] {
  const kept: string[] = []
  let fence: string | null = null
  for (const line of lines) {
    const open = FENCE.exec(line)?.[1]
    if (fence === null && open) fence = open
    else if (fence !== null && open?.startsWith(fence)) fence = null
    const definition = fence === null ? DEFINITION.exec(line) : null
    if (!definition) {
      kept.push(line)
      continue
    }
    const [, label = '', raw = ''] = definition
    const key = labelKey(label)
    if (!references.has(key)) references.set(key, raw.startsWith('<') ? raw.slice(1, -1) : raw)
  }
  return kept
}

export function parseMarkdown(source: string): Block[] {
  const references: References = new Map()
  const lines = takeDefinitions(
    source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n'),
    references,
  )
  return parseBlocks(lines, references)
}

function parseBlocks(lines: string[], references: References): Block[] {
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    if (isBlank(line)) {
      i++
      continue
    }
    const fence = FENCE.exec(line)?.[1]
    if (fence) {
      const end = lines.findIndex((next, at) => at > i && next.trim().startsWith(fence))
      const stop = end === -1 ? lines.length : end
      blocks.push({ type: 'code', text: lines.slice(i + 1, stop).join('\n') })
      i = stop + 1
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const [, hashes = '#', text = ''] = heading
      blocks.push({
        type: 'heading',
        level: hashes.length,
        content: parseInlines(text, references),
      })
      i++
      continue
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' })
      i++
      continue
    }
    if (QUOTE.test(line)) {
      const inner: string[] = []
      while (i < lines.length && QUOTE.test(lines[i] ?? ''))
        inner.push((lines[i++] ?? '').replace(QUOTE, ''))
      blocks.push({ type: 'quote', blocks: parseBlocks(inner, references) })
      continue
    }
    if (ITEM.test(line)) {
      i = parseList(lines, i, references, blocks)
      continue
    }
    i = parseParagraph(lines, i, references, blocks)
  }
  return blocks
}

function parseParagraph(lines: string[], from: number, references: References, out: Block[]) {
  const text: string[] = [(lines[from] ?? '').trim()]
  let i = from + 1
  while (i < lines.length) {
    const line = lines[i] ?? ''
    const setext = SETEXT.exec(line)?.[1]
    if (setext) {
      out.push({
        type: 'heading',
        level: setext.startsWith('=') ? 1 : 2,
        content: parseInlines(text.join('\n'), references),
      })
      return i + 1
    }
    if (isBlank(line) || interrupts(line)) break
    text.push(line.trimStart())
    i++
  }
  out.push({ type: 'paragraph', content: parseInlines(text.join('\n'), references) })
  return i
}

/** A list from `from` on; its items' contents are blocks in their own right (nested lists). */
function parseList(lines: string[], from: number, references: References, out: Block[]) {
  const first = ITEM.exec(lines[from] ?? '')
  const marker = first?.[2] ?? '-'
  const ordered = /\d/.test(marker)
  const delimiter = marker.at(-1)
  const items: Block[][] = []
  let i = from
  while (i < lines.length) {
    const item = ITEM.exec(lines[i] ?? '')
    if (!item) break
    const [, lead = '', mark = '', gap = '', rest = ''] = item
    if (/\d/.test(mark) !== ordered || mark.at(-1) !== delimiter) break
    // Content lines are those indented at least as far as the item's text starts.
    const contentIndent = lead.length + mark.length + (gap.length > 4 ? 1 : Math.max(gap.length, 1))
    const content = [rest]
    i++
    while (i < lines.length) {
      const line = lines[i] ?? ''
      if (isBlank(line)) {
        const next = lines.slice(i + 1).find((later) => !isBlank(later))
        if (next === undefined || indentOf(next) < contentIndent) break
        content.push('')
      } else if (indentOf(line) >= contentIndent) {
        content.push(line.slice(contentIndent))
      } else if (!isBlank(content.at(-1) ?? '') && !interrupts(line) && !ITEM.test(line)) {
        content.push(line.trimStart()) // a lazy continuation of the item's paragraph
      } else break
      i++
    }
    items.push(parseBlocks(content, references))
    // Blank lines between items keep the list going.
    while (i < lines.length && isBlank(lines[i] ?? '') && ITEM.test(lines[i + 1] ?? '')) i++
  }
  out.push({ type: 'list', ordered, start: ordered ? Number.parseInt(marker, 10) : 1, items })
  return i
}
