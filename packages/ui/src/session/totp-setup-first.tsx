import { useTranslation } from 'react-i18next'
import { buttonClasses } from '../components/button.tsx'
import { EmptyState } from '../components/empty-state.tsx'

/**
 * What a staff member sees instead of a page while the server holds them to TOTP enrolment
 * (every other request would answer TOTP_SETUP_REQUIRED): why, and the way to the enrolment.
 */
export function TotpSetupFirst({ href }: { href?: string }) {
  const { t } = useTranslation('ui')
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <EmptyState
        title={t('session.totpSetup.title')}
        description={t('session.totpSetup.body')}
        action={
          href && (
            <a href={href} className={buttonClasses({ variant: 'primary' })}>
              {t('session.totpSetup.action')}
            </a>
          )
        }
      />
    </div>
  )
}
