import { Icon, useSession, useTranslation } from '@yektayar/ui'
import { openHelpNow } from '../shared/safety/help-now-store.ts'

const LIFEBUOY =
  'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6'

/**
 * A patient's way to the emergency numbers, their safety plan and a person, one tap from any
 * page: quiet enough to live in the header, always in the same place.
 */
export function HelpNowButton() {
  const { t } = useTranslation()
  const session = useSession()
  if (session.data?.user.type !== 'patient') return null
  return (
    <button
      type="button"
      onClick={openHelpNow}
      aria-haspopup="dialog"
      className="inline-flex size-10 shrink-0 items-center justify-center gap-1.5 rounded-full border border-line text-sm font-semibold text-primary hover:bg-primary-soft sm:w-auto sm:px-3"
    >
      <Icon path={LIFEBUOY} className="size-5" />
      {/* A phone's header has room for the ring only; its name is still read out. */}
      <span className="sr-only sm:not-sr-only">{t('shell.helpNow')}</span>
    </button>
  )
}
