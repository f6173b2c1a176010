import type { Delivery } from '@yektayar/shared/types'
import {
  cx,
  formatDateTime,
  formatNumber,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { RetryButton } from './retry-button.tsx'
import { StatusBadge } from './status-badge.tsx'

const COLUMNS = ['time', 'user', 'category', 'channel', 'status', 'attempts', 'error', 'action']

/** The log as a table from `md` up, as one card per delivery on a phone. */
export function DeliveryTable({ items }: { items: Delivery[] }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="hidden overflow-x-auto rounded-2xl border border-line bg-surface md:block">
        <table className="w-full text-start text-sm">
          <thead className="bg-surface-muted text-ink-muted">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2.5 text-start font-semibold">
                  {t(`notifications.deliveries.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((delivery) => (
          <li key={delivery.id}>
            <DeliveryCard delivery={delivery} />
          </li>
        ))}
      </ul>
    </>
  )
}

/** A failure's reason in red; a skip's reason (quiet hours, no address) is only information. */
const errorTone = (delivery: Delivery) =>
  delivery.status === 'failed' ? 'text-danger' : 'text-ink-muted'

/** The person's id, which narrows the log to them. */
function UserFilterLink({ userId, short }: { userId: string; short?: boolean }) {
  const { t } = useTranslation()
  return (
    <Link
      to={`?userId=${userId}`}
      dir="ltr"
      title={t('notifications.deliveries.onlyThisUser')}
      className={cx(
        'font-mono text-xs text-primary underline-offset-2 hover:underline',
        short ? 'whitespace-nowrap' : 'break-all',
      )}
    >
      {short ? userId.slice(0, 8) : userId}
    </Link>
  )
}

function useDeliveryTexts(delivery: Delivery) {
  const { t } = useTranslation()
  const language = useLanguage()
  const zone = useTimeZone()
  return {
    time: formatDateTime(delivery.createdAt, language, { timeZone: zone, style: 'long' }),
    category: t(`notifications.deliveries.categories.${delivery.category}`),
    channel: t(`notifications.deliveries.channels.${delivery.channel}`),
    attempts: formatNumber(delivery.attempts, language),
  }
}

function DeliveryRow({ delivery }: { delivery: Delivery }) {
  const texts = useDeliveryTexts(delivery)
  return (
    <tr className="border-t border-line align-top">
      <td className="px-3 py-2.5 whitespace-nowrap text-ink">{texts.time}</td>
      <td className="px-3 py-2.5">
        <UserFilterLink userId={delivery.userId} short />
      </td>
      <td className="px-3 py-2.5 text-ink">{texts.category}</td>
      <td className="px-3 py-2.5 text-ink">{texts.channel}</td>
      <td className="px-3 py-2.5">
        <StatusBadge kind="deliveries" status={delivery.status} />
      </td>
      <td className="px-3 py-2.5 text-ink">{texts.attempts}</td>
      <td className={cx('max-w-64 px-3 py-2.5 break-words', errorTone(delivery))} dir="auto">
        {delivery.error}
      </td>
      <td className="px-3 py-2.5">
        {delivery.status === 'failed' && <RetryButton deliveryId={delivery.id} />}
      </td>
    </tr>
  )
}

function DeliveryCard({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation()
  const texts = useDeliveryTexts(delivery)
  return (
    <article className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4">
      <div className="flex items-center justify-between gap-2">
        <p className="font-semibold text-ink">
          {texts.category} · {texts.channel}
        </p>
        <StatusBadge kind="deliveries" status={delivery.status} />
      </div>
      <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
        <span>{texts.time}</span>
        <span>{t('notifications.deliveries.attempts', { number: texts.attempts })}</span>
        <UserFilterLink userId={delivery.userId} />
      </p>
      {delivery.error && (
        <p className={cx('text-sm break-words', errorTone(delivery))} dir="auto">
          {delivery.error}
        </p>
      )}
      {delivery.status === 'failed' && <RetryButton deliveryId={delivery.id} />}
    </article>
  )
}
