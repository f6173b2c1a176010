import { cx, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface PageProps {
  /** Where its messages live: `<messages>.pageTitle` for the tab, `.title` and `.lead`. */
  messages: string
  /** A lead that needs values filled in; `<messages>.lead` otherwise. */
  lead?: ReactNode
  /** Above the heading, such as a link back to where the page was opened from. */
  back?: ReactNode
  /** The column's widest, a Tailwind max-w-* class: a list wants less room than a grid. */
  width: string
  children: ReactNode
}

/** A signed-in page's column: its tab title, heading and lead, then its content. */
export function Page({ messages, lead, back, width, children }: PageProps) {
  const { t } = useTranslation()
  return (
    <div className={cx('mx-auto flex w-full flex-col gap-6 px-4 py-8 sm:py-12', width)}>
      <title>{t(`${messages}.pageTitle`)}</title>
      <header className="flex flex-col gap-2">
        {back}
        <h1 className="text-3xl font-extrabold text-ink">{t(`${messages}.title`)}</h1>
        <p className="max-w-2xl text-ink-muted">{lead ?? t(`${messages}.lead`)}</p>
      </header>
      {children}
    </div>
  )
}
