import type { ReactNode } from 'react'
import { useSignedUrl } from '../api/signed-url.ts'

/** The article's look, element by element (the same classes the lesson page has always had). */
export const ARTICLE_LOOK = {
  h2: 'mt-8 text-xl font-bold',
  h3: 'mt-6 text-lg font-bold',
  h4: 'mt-6 font-bold',
  h5: 'mt-4 font-semibold',
  h6: 'mt-4 font-semibold',
  p: 'mt-4',
  ul: 'mt-4 list-disc ps-6',
  // Persian lists count in Persian digits (۱. ۲. ۳.).
  ol: 'mt-4 list-decimal ps-6 [&:lang(fa)]:list-[persian]',
  li: 'mt-1',
  blockquote: 'mt-4 border-s-4 border-primary ps-4 text-ink-muted',
  hr: 'my-6 border-line',
  code: 'rounded bg-surface-muted px-1 font-mono text-sm',
  pre: 'mt-4 overflow-x-auto rounded-xl bg-surface-muted p-4',
} as const

/** Links away from YektaYar open apart and tell the other site nothing about the reader. */
const isExternal = (href: string) => /^(https?:)?\/\//i.test(href) || /^mailto:/i.test(href)

interface ArticleLinkProps {
  /** Already through safeMarkdownUrl: null (refused) or empty leaves only the words. */
  href: string | null
  title?: string
  children?: ReactNode
}

export function ArticleLink({ href, title, children }: ArticleLinkProps) {
  if (!href) return <span>{children}</span>
  const external = isExternal(href)
  return (
    <a
      title={title}
      href={href}
      className="font-medium text-primary underline underline-offset-4"
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer nofollow' : undefined}
    >
      {children}
    </a>
  )
}

interface ArticleImageProps {
  /** Already through safeMarkdownUrl: null when not one of our stored files. */
  src: string | null
  alt: string
  title?: string
}

/** One of our pictures, or, for an address refused, its description in brackets. */
export function ArticleImage({ src, alt, title }: ArticleImageProps) {
  if (!src) return alt ? <span className="text-ink-muted">[{alt}]</span> : null
  return <StoredImage src={src} alt={alt} title={title} />
}

/** One of our stored pictures: a signed link in the Android app (useSignedUrl). */
function StoredImage({ src, alt, title }: { src: string; alt: string; title?: string }) {
  const signed = useSignedUrl(src)
  return (
    <img
      title={title}
      src={signed.url}
      alt={alt}
      onError={signed.onError}
      loading="lazy"
      className="my-4 rounded-xl"
    />
  )
}
