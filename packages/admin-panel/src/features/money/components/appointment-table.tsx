import type { AppointmentView } from '@yektayar/shared/types'
import { formatDateTime, Money, useLanguage, useTranslation } from '@yektayar/ui'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { OpenLink } from './open-link.tsx'
import { AppointmentStatusBadge } from './status-badge.tsx'

/** Appointments, latest start first; each row opens the appointment's page. */
export function AppointmentTable({ items }: { items: AppointmentView[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const nameOf = (person: AppointmentView['patient']) => person.name[language] || person.name.fa
  const time = (row: AppointmentView) => formatDateTime(row.startsAt, language, { style: 'long' })
  const columns: DataColumn<AppointmentView>[] = [
    {
      id: 'startsAt',
      header: t('money.appointments.columns.startsAt'),
      className: 'whitespace-nowrap',
      cell: time,
    },
    {
      id: 'patient',
      header: t('money.appointments.columns.patient'),
      dir: 'auto',
      cell: (row) => nameOf(row.patient),
    },
    {
      id: 'psychologist',
      header: t('money.appointments.columns.psychologist'),
      dir: 'auto',
      cell: (row) => nameOf(row.psychologist),
    },
    {
      id: 'mode',
      header: t('money.appointments.columns.mode'),
      cell: (row) => (row.mode ? t(`money.modes.${row.mode}`) : t('money.none')),
    },
    {
      id: 'status',
      header: t('money.appointments.columns.status'),
      cell: (row) => <AppointmentStatusBadge status={row.status} />,
    },
    {
      id: 'price',
      header: t('money.appointments.columns.price'),
      className: 'whitespace-nowrap',
      cell: (row) => <Money amountIrr={row.priceIrr} />,
    },
    {
      id: 'open',
      header: t('money.appointments.columns.open'),
      cell: (row) => (
        <OpenLink
          to={`/appointments/${row.id}`}
          label={t('money.appointments.openOf', { patient: nameOf(row.patient), time: time(row) })}
        />
      ),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowId={(row) => row.id}
      caption={t('money.appointments.caption')}
    />
  )
}
