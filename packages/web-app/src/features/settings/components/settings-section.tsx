import { Card } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface SettingsSectionProps {
  /** The anchor the page's section links point at. */
  id: string
  title: string
  lead?: ReactNode
  children: ReactNode
}

/** One titled card of the settings page, reachable at #id. */
export function SettingsSection({ id, title, lead, children }: SettingsSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-24">
      <Card className="flex flex-col gap-5 p-5 sm:p-7">
        <div className="flex flex-col gap-1.5">
          <h2 id={`${id}-title`} className="text-xl font-bold text-ink">
            {title}
          </h2>
          {lead && <p className="text-sm text-ink-muted">{lead}</p>}
        </div>
        {children}
      </Card>
    </section>
  )
}
