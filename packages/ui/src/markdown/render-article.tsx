import { type MarkdownUrlKind, safeMarkdownUrl } from '@yektayar/shared/types'
import type { Definition, List, Nodes, Parents } from 'mdast'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import { createElement, type ReactNode } from 'react'
import { ARTICLE_LOOK, ArticleImage, ArticleLink } from './article-elements.tsx'
import type { ArticleTree } from './article-tree.ts'

/**
 * The article's syntax tree as React elements, element for element what react-markdown made of
 * it (mdast-util-to-hast's rules) with our look. Every element is made here from a fixed list:
 * raw HTML (`html` nodes) is dropped, never parsed or injected, and every link and image address
 * goes through `safeMarkdownUrl` once percent-encoded as CommonMark renderers do (as before).
 */

type Look = keyof typeof ARTICLE_LOOK

/** An element with the article's look; code is Latin whatever the article's language. */
function styled(tag: Look, key: string, children: ReactNode[] = [], start?: number): ReactNode {
  const ltr = tag === 'code' || tag === 'pre' ? { dir: 'ltr' } : {}
  return createElement(tag, { key, ...ltr, className: ARTICLE_LOOK[tag], start }, ...children)
}

const safeUrl = (url: string, kind: MarkdownUrlKind) => safeMarkdownUrl(normalizeUri(url), kind)

/**
 * Text as CommonMark shows it: spaces and tabs around a line ending are not content (a soft
 * break is a line ending; the browser shows it as a space).
 */
const trimLines = (text: string) => text.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1')

/** A list is loose (its items' paragraphs kept as <p>) if it or any item is spread out. */
const isLoose = (list: List) =>
  Boolean(list.spread) || list.children.some((item) => item.spread ?? item.children.length > 1)

function renderChildren(parent: Parents, article: ArticleTree, tight = false): ReactNode[] {
  return parent.children.flatMap((child, index) => {
    // A tight list item's paragraphs are only their words, and a line ending comes before all
    // else in it (a nested list, say), so its text keeps words of two blocks apart, as before.
    const unwrap = tight && child.type === 'paragraph'
    const afterBreak = parent.children[index - 1]?.type === 'break'
    const rendered = unwrap
      ? renderChildren(child, article)
      : renderNode(child, String(index), article, afterBreak)
    return tight && (index > 0 || !unwrap) ? ['\n', ...rendered] : rendered
  })
}

function renderNode(at: Nodes, key: string, article: ArticleTree, afterBreak = false): ReactNode[] {
  const inner = (tight?: boolean) => ('children' in at ? renderChildren(at, article, tight) : [])
  switch (at.type) {
    case 'root':
      return inner()
    case 'paragraph':
    case 'blockquote':
    case 'thematicBreak':
      return [styled(TAG_OF[at.type], key, inner())]
    case 'heading': {
      const level = Math.min(6, at.depth + article.headingShift)
      return [styled(`h${level}` as Look, key, inner())]
    }
    case 'list':
      return [styled(at.ordered ? 'ol' : 'ul', key, listItems(at, article), listStart(at))]
    case 'code':
      return [styled('pre', key, [styled('code', '0', [at.value ? `${at.value}\n` : ''])])]
    case 'inlineCode':
      return [styled('code', key, [at.value.replace(/\r?\n|\r/g, ' ')])]
    case 'text':
      return [trimLines(afterBreak ? at.value.replace(/^[ \t]+/, '') : at.value)]
    case 'break':
      return [createElement('br', { key })]
    case 'emphasis':
    case 'strong':
      return [createElement(at.type === 'strong' ? 'strong' : 'em', { key }, ...inner())]
    case 'link':
    case 'linkReference':
      return [link(at.type === 'link' ? at : definitionOf(at.identifier, article), key, inner())]
    case 'image':
      return [image(at, at.alt, key)]
    case 'imageReference':
      return [image(definitionOf(at.identifier, article), at.alt, key)]
    default:
      // `html` (raw HTML, dropped) and `definition` (used through references) show nothing;
      // CommonMark without extensions makes no other node.
      return []
  }
}

const TAG_OF = { paragraph: 'p', blockquote: 'blockquote', thematicBreak: 'hr' } as const

/** `<ol start>` only where the list does not start at 1. */
const listStart = (list: List) =>
  list.ordered && typeof list.start === 'number' && list.start !== 1 ? list.start : undefined

function listItems(list: List, article: ArticleTree): ReactNode[] {
  const tight = !isLoose(list)
  return list.children.map((item, index) =>
    styled('li', String(index), renderChildren(item, article, tight)),
  )
}

// micromark makes a reference only of a label it has a definition for; were one missing, the
// link or picture is treated like one whose address was refused.
const definitionOf = (identifier: string, article: ArticleTree): Partial<Definition> =>
  article.definitions.get(identifier.toUpperCase()) ?? {}

type Target = { url?: string; title?: string | null }

function link({ url, title }: Target, key: string, words: ReactNode[]): ReactNode {
  const href = url === undefined ? null : safeUrl(url, 'link')
  return createElement(ArticleLink, { key, href, title: title ?? undefined }, ...words)
}

function image({ url, title }: Target, alt: string | null | undefined, key: string): ReactNode {
  const src = url === undefined ? null : safeUrl(url, 'image')
  return createElement(ArticleImage, { key, src, alt: alt ?? '', title: title ?? undefined })
}

/** The whole article's elements. */
export function renderArticle(article: ArticleTree): ReactNode[] {
  return renderNode(article.root, 'root', article)
}
