import { useTranslation } from 'react-i18next'
import { ErrorState } from '../components/error-state.tsx'
import { MessagePage } from './message-page.tsx'

/**
 * Most often a lazy chunk that no longer exists because a new build replaced it; reloading
 * fetches the new one, so that is the action offered.
 */
export function RouteError() {
  const { t } = useTranslation('ui')
  return (
    <MessagePage>
      <ErrorState
        title={t('shell.routeError.title')}
        message={t('shell.routeError.body')}
        onRetry={() => window.location.reload()}
        retryLabel={t('shell.routeError.action')}
      />
    </MessagePage>
  )
}
