import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClasses } from '../components/button.tsx'
import { EmptyState } from '../components/empty-state.tsx'

export function NotFoundPage() {
  const { t } = useTranslation('ui')
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-16">
      <title>{t('shell.notFound.title')}</title>
      <EmptyState
        title={t('shell.notFound.title')}
        description={t('shell.notFound.body')}
        action={
          <Link to="/" className={buttonClasses()}>
            {t('shell.notFound.action')}
          </Link>
        }
      />
    </div>
  )
}
