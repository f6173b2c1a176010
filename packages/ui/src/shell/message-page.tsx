import type { ReactNode } from 'react'

export interface MessagePageProps {
  /** The tab's title; the message inside names the page for screen readers. */
  pageTitle?: string
  /** The one message: an empty, error or no-access state with its way on. */
  children: ReactNode
}

/** A page that is only a message (not found, a failed route, no access): narrow and centred. */
export function MessagePage({ pageTitle, children }: MessagePageProps) {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-16">
      {pageTitle && <title>{pageTitle}</title>}
      {children}
    </div>
  )
}
