import { safeMarkdownUrl } from '@yektayar/shared/types'
import { cx } from '@yektayar/ui'
import { type ReactNode, useMemo } from 'react'
import { type Block, parseMarkdown } from './parse-blocks.ts'
import type { Inline } from './parse-inlines.ts'

export interface MarkdownViewProps {
  source: string
  className?: string
}

/**
 * An article's Markdown as React elements (never an HTML string, so raw HTML shows as the text
 * it is). Every link and image address goes through `safeMarkdownUrl`: a refused link keeps
 * its words without the link, a refused image (anything not from our storage) is left out
 * but for its description. Written in Persian, it reads right to left whatever the app's language.
 */
export function MarkdownView({ source, className }: MarkdownViewProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source])
  const shift = topHeadingLevel(blocks) - 1
  return (
    <div
      lang="fa"
      dir="rtl"
      className={cx('flex flex-col gap-4 text-lg leading-9 text-ink', className)}
    >
      {renderBlocks(blocks, shift)}
    </div>
  )
}

/** The article's highest heading level: it becomes h2, under the page's own h1 (the title). */
function topHeadingLevel(blocks: Block[]): number {
  let top = 6
  for (const block of blocks) {
    if (block.type === 'heading') top = Math.min(top, block.level)
    else if (block.type === 'quote') top = Math.min(top, topHeadingLevel(block.blocks))
    else if (block.type === 'list')
      for (const item of block.items) top = Math.min(top, topHeadingLevel(item))
  }
  return top
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'h6'] as const
const HEADING_SIZES = ['text-2xl', 'text-xl', 'text-lg', 'text-lg', 'text-base', 'text-base']

function renderBlocks(blocks: Block[], shift: number): ReactNode[] {
  return blocks.map((block, index) => {
    const key = `${block.type}-${index}`
    switch (block.type) {
      case 'heading': {
        const level = block.level - shift
        const Tag = HEADINGS[level - 1] ?? 'h6'
        return (
          <Tag key={key} className={cx('mt-2 font-bold leading-snug', HEADING_SIZES[level - 1])}>
            {renderInlines(block.content)}
          </Tag>
        )
      }
      case 'paragraph':
        return <p key={key}>{renderInlines(block.content)}</p>
      case 'list': {
        const items = block.items.map((item, at) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an article's items never reorder
          <li key={at} className="ps-1 [&>p]:m-0">
            {renderBlocks(item, shift)}
          </li>
        ))
        return block.ordered ? (
          <ol key={key} start={block.start} className="flex list-decimal flex-col gap-2 ps-7">
            {items}
          </ol>
        ) : (
          <ul key={key} className="flex list-disc flex-col gap-2 ps-7">
            {items}
          </ul>
        )
      }
      case 'quote':
        return (
          <blockquote
            key={key}
            className="flex flex-col gap-3 rounded-e-xl border-s-4 border-primary bg-primary-soft/60 px-4 py-3"
          >
            {renderBlocks(block.blocks, shift)}
          </blockquote>
        )
      case 'rule':
        return <hr key={key} className="border-line" />
      case 'code':
        return (
          <pre
            key={key}
            dir="ltr"
            className="overflow-x-auto rounded-xl bg-surface-muted p-4 text-base leading-7"
          >
            <code>{block.text}</code>
          </pre>
        )
    }
    return null
  })
}

function renderInlines(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    const key = `${inline.type}-${index}`
    switch (inline.type) {
      case 'text':
        return inline.text
      case 'break':
        return <br key={key} />
      case 'strong':
        return <strong key={key}>{renderInlines(inline.children)}</strong>
      case 'em':
        return <em key={key}>{renderInlines(inline.children)}</em>
      case 'code':
        return (
          <code key={key} dir="ltr" className="rounded bg-surface-muted px-1.5 text-base">
            {inline.text}
          </code>
        )
      case 'link':
        return <SafeLink key={key} url={inline.url} label={renderInlines(inline.children)} />
      case 'image':
        return <SafeImage key={key} url={inline.url} alt={inline.alt} />
    }
    return null
  })
}

function SafeLink({ url, label }: { url: string; label: ReactNode }) {
  const href = safeMarkdownUrl(url, 'link')
  if (href === null) return <span>{label}</span>
  // Another site opens beside the lesson, so the learner's place is kept.
  const away = /^https?:/i.test(href)
  return (
    <a
      href={href}
      className="font-medium text-primary underline underline-offset-4"
      {...(away ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}
    >
      {label}
    </a>
  )
}

function SafeImage({ url, alt }: { url: string; alt: string }) {
  const src = safeMarkdownUrl(url, 'image')
  if (src === null) return alt ? <span className="text-ink-muted">{alt}</span> : null
  return <img src={src} alt={alt} loading="lazy" className="my-2 h-auto max-w-full rounded-xl" />
}
