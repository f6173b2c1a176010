import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClasses } from '../components/button.tsx'
import { EmptyState } from '../components/empty-state.tsx'
import { MessagePage } from './message-page.tsx'

export function NotFoundPage() {
  const { t } = useTranslation('ui')
  return (
    <MessagePage pageTitle={t('shell.notFound.title')}>
      <EmptyState
        title={t('shell.notFound.title')}
        description={t('shell.notFound.body')}
        action={
          <Link to="/" className={buttonClasses()}>
            {t('shell.notFound.action')}
          </Link>
        }
      />
    </MessagePage>
  )
}
