import { Button, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { applyUpdate, dismissUpdate, useUpdateReady } from './update-state.ts'

/** Offers the new version when one is waiting; the person chooses when the page reloads. */
export function UpdatePrompt() {
  const { t } = useTranslation()
  const ready = useUpdateReady()
  const [updating, setUpdating] = useState(false)
  if (!ready) return null
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md flex-col gap-3 rounded-2xl border border-line bg-surface p-4 shadow-lg sm:flex-row sm:items-center"
    >
      <p className="flex-1 text-ink">{t('shell.update.body')}</p>
      <div className="flex gap-2">
        <Button
          loading={updating}
          onClick={() => {
            setUpdating(true)
            void applyUpdate()
          }}
        >
          {t('shell.update.action')}
        </Button>
        <Button variant="ghost" onClick={dismissUpdate}>
          {t('shell.update.later')}
        </Button>
      </div>
    </div>
  )
}
