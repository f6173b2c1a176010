import { type MarkdownUrlKind, safeMarkdownUrl } from '@yektayar/shared/types'
import type { ComponentPropsWithoutRef } from 'react'
import Markdown, { type Components } from 'react-markdown'
import { useSignedUrl } from '../api/signed-url.ts'
import { cx } from '../components/cx.ts'

/**
 * Course articles as both front ends render them (packages/shared/src/markdown-safety.ts):
 * raw HTML is dropped (`skipHtml`), and every link and image address goes through
 * `safeMarkdownUrl`, so a link it refuses becomes plain text and an image not from our storage
 * shows only its description. The server refuses such Markdown on save; this is the second
 * layer, for whatever was stored before the rules or slipped past them.
 *
 * Its own entry (`@yektayar/ui/markdown`): the parser stays with the pages that show articles.
 */

const KIND_OF_ATTRIBUTE: Record<string, MarkdownUrlKind> = { href: 'link', src: 'image' }

/** react-markdown's urlTransform: null drops the attribute. */
function transformUrl(url: string, key: string): string | null {
  const kind = KIND_OF_ATTRIBUTE[key]
  return kind ? safeMarkdownUrl(url, kind) : null
}

/** Links away from YektaYar open apart and tell the other site nothing about the reader. */
const isExternal = (href: string) => /^(https?:)?\/\//i.test(href) || /^mailto:/i.test(href)

function Link({ href, children, node: _node, ...rest }: ComponentPropsWithoutRef<'a'> & Node) {
  if (!href) return <span>{children}</span>
  const external = isExternal(href)
  return (
    <a
      {...rest}
      href={href}
      className="font-medium text-primary underline underline-offset-4"
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer nofollow' : undefined}
    >
      {children}
    </a>
  )
}

function Image({ src, alt, node: _node, ...rest }: ComponentPropsWithoutRef<'img'> & Node) {
  if (!src) return alt ? <span className="text-ink-muted">[{alt}]</span> : null
  return <StoredImage {...rest} src={src} alt={alt ?? ''} />
}

/** One of our stored pictures: a signed link in the Android app (useSignedUrl). */
function StoredImage(props: ComponentPropsWithoutRef<'img'> & { src: string; alt: string }) {
  const { src, alt, ...rest } = props
  const signed = useSignedUrl(src)
  return (
    <img
      {...rest}
      src={signed.url}
      alt={alt}
      onError={signed.onError}
      loading="lazy"
      className="my-4 rounded-xl"
    />
  )
}

/** react-markdown passes its syntax-tree node to every component; it must not reach the DOM. */
type Node = { node?: unknown }

type Tag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'ul' | 'ol' | 'li' | 'blockquote' | 'hr'

/** An element with the article's look. */
function styled<T extends Tag>(Element: T, className: string) {
  return ({ node: _node, ...props }: ComponentPropsWithoutRef<T> & Node) => {
    const Any = Element as 'p'
    return <Any className={className} {...(props as ComponentPropsWithoutRef<'p'>)} />
  }
}

interface TreeNode {
  type: string
  depth?: number
  children?: TreeNode[]
}

function headingsOf(node: TreeNode): TreeNode[] {
  const own = node.type === 'heading' ? [node] : []
  return [...own, ...(node.children ?? []).flatMap(headingsOf)]
}

/**
 * The page's own title is its h1, so the article's top headings become h2 and the rest follow
 * at the same distances, whether the author started at # or at ##: no level is skipped.
 */
function headingsBelowTitle() {
  return (tree: TreeNode) => {
    const headings = headingsOf(tree)
    const top = Math.min(...headings.map((heading) => heading.depth ?? 1))
    for (const heading of headings) heading.depth = Math.min(6, (heading.depth ?? 1) - top + 2)
  }
}

const REMARK_PLUGINS = [headingsBelowTitle]

const COMPONENTS: Components = {
  a: Link,
  img: Image,
  h2: styled('h2', 'mt-8 text-xl font-bold'),
  h3: styled('h3', 'mt-6 text-lg font-bold'),
  h4: styled('h4', 'mt-6 font-bold'),
  h5: styled('h5', 'mt-4 font-semibold'),
  h6: styled('h6', 'mt-4 font-semibold'),
  p: styled('p', 'mt-4'),
  ul: styled('ul', 'mt-4 list-disc ps-6'),
  // Persian lists count in Persian digits (۱. ۲. ۳.).
  ol: styled('ol', 'mt-4 list-decimal ps-6 [&:lang(fa)]:list-[persian]'),
  li: styled('li', 'mt-1'),
  blockquote: styled('blockquote', 'mt-4 border-s-4 border-primary ps-4 text-ink-muted'),
  hr: styled('hr', 'my-6 border-line'),
  // Code is Latin whatever the article's language: keep it left to right.
  code: ({ node: _node, ...props }) => (
    <code dir="ltr" className="rounded bg-surface-muted px-1 font-mono text-sm" {...props} />
  ),
  pre: ({ node: _node, ...props }) => (
    <pre dir="ltr" className="mt-4 overflow-x-auto rounded-xl bg-surface-muted p-4" {...props} />
  ),
}

export interface SafeMarkdownProps {
  children: string
  /** The article's language: Persian (the default) reads right to left. */
  lang?: 'fa' | 'en'
  className?: string
}

/** A course article, safe and in its language's direction, with Persian-friendly spacing. */
export function SafeMarkdown({ children, lang = 'fa', className }: SafeMarkdownProps) {
  return (
    <div
      lang={lang}
      dir={lang === 'fa' ? 'rtl' : 'ltr'}
      className={cx('leading-8 text-ink [&>:first-child]:mt-0', className)}
    >
      <Markdown
        skipHtml
        urlTransform={transformUrl}
        remarkPlugins={REMARK_PLUGINS}
        components={COMPONENTS}
      >
        {children}
      </Markdown>
    </div>
  )
}
