import type { AdminPayment } from '@yektayar/shared/types'
import { formatDateTime, formatMoney, Money, useLanguage, useTranslation } from '@yektayar/ui'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { OpenLink } from './open-link.tsx'
import { PaymentStatusBadge } from './status-badge.tsx'

/** Payments and refunds, newest first; each row opens its page. */
export function PaymentTable({ items }: { items: AdminPayment[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const time = (row: AdminPayment) => formatDateTime(row.createdAt, language, { style: 'long' })
  const columns: DataColumn<AdminPayment>[] = [
    {
      id: 'createdAt',
      header: t('money.payments.columns.createdAt'),
      className: 'whitespace-nowrap',
      cell: time,
    },
    {
      id: 'type',
      header: t('money.payments.columns.type'),
      cell: (row) => t(`money.payments.types.${row.type}`),
    },
    {
      id: 'payer',
      header: t('money.payments.columns.payer'),
      dir: 'auto',
      cell: (row) => (row.payer ? row.payer.name[language] || row.payer.name.fa : t('money.none')),
    },
    {
      id: 'amount',
      header: t('money.payments.columns.amount'),
      className: 'whitespace-nowrap',
      cell: (row) => (
        <>
          <Money amountIrr={row.amountIrr} className="block" />
          {row.refundedIrr > 0 && (
            <span className="text-xs text-ink-muted">
              {t('money.payments.refunded', { amount: formatMoney(row.refundedIrr, language) })}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'status',
      header: t('money.payments.columns.status'),
      cell: (row) => <PaymentStatusBadge payment={row} />,
    },
    {
      id: 'reference',
      header: t('money.payments.columns.reference'),
      dir: 'ltr',
      className: 'max-w-48 break-all font-mono text-xs text-ink-muted',
      cell: (row) => row.reference ?? row.authority ?? t('money.none'),
    },
    {
      id: 'open',
      header: t('money.payments.columns.open'),
      cell: (row) => (
        <OpenLink
          to={`/payments/${row.id}`}
          label={t('money.payments.openOf', {
            type: t(`money.payments.types.${row.type}`),
            amount: formatMoney(row.amountIrr, language),
            time: time(row),
          })}
        />
      ),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowId={(row) => row.id}
      caption={t('money.payments.caption')}
    />
  )
}
