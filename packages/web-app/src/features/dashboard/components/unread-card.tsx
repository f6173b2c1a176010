import {
  Card,
  ErrorState,
  formatNumber,
  LoadingState,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { useUnreadCount } from '../api/unread-count.ts'

export function UnreadCard() {
  const { t } = useTranslation()
  const language = useLanguage()
  const unread = useUnreadCount()
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold text-ink">{t('dashboard.unread.title')}</h2>
      {unread.isPending ? (
        <LoadingState className="py-4" />
      ) : unread.isError ? (
        <ErrorState error={unread.error} onRetry={() => unread.refetch()} />
      ) : unread.data > 0 ? (
        <p className="text-2xl font-extrabold text-primary">
          {t('dashboard.unread.count', { formatted: formatNumber(unread.data, language) })}
        </p>
      ) : (
        <p className="text-ink-muted">{t('dashboard.unread.none')}</p>
      )}
      <Link to="/messages" className="w-fit font-medium text-primary hover:underline">
        {t('dashboard.unread.open')}
      </Link>
    </Card>
  )
}
