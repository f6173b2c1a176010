import { Card, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface SettingsSectionProps {
  /** Its messages live under settings.<area>: a title, and a lead unless one is given. */
  area: string
  /** The anchor the page's section links point at; the area's name unless given. */
  id?: string
  lead?: ReactNode
  children: ReactNode
}

/** One titled card of the settings page, reachable at #id. */
export function SettingsSection({ area, id = area, lead, children }: SettingsSectionProps) {
  const { t } = useTranslation()
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-24">
      <Card className="flex flex-col gap-5 p-5 sm:p-7">
        <div className="flex flex-col gap-1.5">
          <h2 id={`${id}-title`} className="text-xl font-bold text-ink">
            {t(`settings.${area}.title`)}
          </h2>
          <p className="text-sm text-ink-muted">{lead ?? t(`settings.${area}.lead`)}</p>
        </div>
        {children}
      </Card>
    </section>
  )
}
