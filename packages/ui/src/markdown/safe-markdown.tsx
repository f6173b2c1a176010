import { useMemo } from 'react'
import { cx } from '../components/cx.ts'
import { parseArticle } from './article-tree.ts'
import { renderArticle } from './render-article.tsx'

/**
 * Course articles as both front ends render them (packages/shared/src/markdown-safety.ts):
 * raw HTML is dropped, and every link and image address goes through `safeMarkdownUrl`, so a
 * link it refuses becomes plain text and an image not from our storage shows only its
 * description. The server refuses such Markdown on save; this is the second layer, for whatever
 * was stored before the rules or slipped past them.
 *
 * The same CommonMark parser react-markdown used (micromark, through mdast-util-from-markdown)
 * with our own rendering of its tree (render-article.tsx): react-markdown's way from the tree to
 * React (unified, hast, its JSX runtime) was half of the lesson's Markdown chunk, on the path to
 * the lesson's first paint, for nothing an article uses.
 * Its own entry (`@yektayar/ui/markdown`): the parser stays with the pages that show articles.
 */

export interface SafeMarkdownProps {
  children: string
  /** The article's language: Persian (the default) reads right to left. */
  lang?: 'fa' | 'en'
  className?: string
}

/** A course article, safe and in its language's direction, with Persian-friendly spacing. */
export function SafeMarkdown({ children, lang = 'fa', className }: SafeMarkdownProps) {
  // The admin's live preview renders on every keystroke around it, not only on its own text.
  const article = useMemo(() => renderArticle(parseArticle(children)), [children])
  return (
    <div
      lang={lang}
      dir={lang === 'fa' ? 'rtl' : 'ltr'}
      className={cx('leading-8 text-ink [&>:first-child]:mt-0', className)}
    >
      {article}
    </div>
  )
}
