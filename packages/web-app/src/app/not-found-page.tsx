import { buttonClasses, EmptyState, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

export function NotFoundPage() {
  const { t } = useTranslation()
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
