import { Card, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useUnreadCount } from '../api/unread-count.ts'

export function UnreadCard() {
  const { t } = useTranslation()
  const language = useLanguage()
  const unread = useUnreadCount()
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold text-ink">{t('dashboard.unread.title')}</h2>
      <QueryStates query={unread} compact>
        {(count) =>
          count > 0 ? (
            <p className="text-2xl font-extrabold text-primary">
              {t('dashboard.unread.count', { formatted: formatNumber(count, language) })}
            </p>
          ) : (
            <p className="text-ink-muted">{t('dashboard.unread.none')}</p>
          )
        }
      </QueryStates>
      <Link to="/messages" className="w-fit font-medium text-primary hover:underline">
        {t('dashboard.unread.open')}
      </Link>
    </Card>
  )
}
