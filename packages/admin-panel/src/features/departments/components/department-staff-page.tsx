import type { MessagingPerson } from '@yektayar/shared/types'
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  Notice,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { Link, useParams } from 'react-router'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { PersonField } from '../../../shared/person-field.tsx'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { isUserId } from '../../../shared/user-id.ts'
import { useDepartmentInboxes } from '../api/department-inboxes.ts'
import { useChangeStaff, useDepartmentStaff } from '../api/department-staff.ts'

/** /departments/:key: who answers one department's inbox; add and remove (audited). */
export function DepartmentStaffPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-10">
      <Link
        to="/departments"
        className="self-start text-sm font-semibold text-primary hover:underline"
      >
        {t('departments.staff.back')}
      </Link>
      <RequirePermission permission="threads.manage">
        <Staff />
      </RequirePermission>
    </div>
  )
}

function Staff() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { key = '' } = useParams()
  const allowed = useSession().data?.permissions.includes('threads.manage') ?? false
  const inboxes = useDepartmentInboxes()
  const staff = useDepartmentStaff(key)
  const [notice, setNotice] = useState<string | null>(null)
  if (!allowed) return null
  if (inboxes.isPending || staff.isPending) return <LoadingState />
  if (inboxes.isError) return <ErrorState error={inboxes.error} onRetry={() => inboxes.refetch()} />
  const department = inboxes.data.items.find((item) => item.key === key)
  if (!department) return <EmptyState title={t('departments.staff.unknown')} />
  if (staff.isError) return <ErrorState error={staff.error} onRetry={() => staff.refetch()} />
  const name = department[language]
  return (
    <>
      <title>{t('departments.staff.pageTitle', { name })}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('departments.staff.title', { name })}
        </h1>
        <p className="text-ink-muted">{t('departments.staff.lead')}</p>
      </header>
      {notice && (
        <Notice tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      )}
      <AddStaff departmentKey={key} onAdded={() => setNotice(t('departments.staff.added'))} />
      {staff.data.items.length === 0 ? (
        <EmptyState title={t('departments.staff.empty')} />
      ) : (
        <StaffTable
          departmentKey={key}
          people={staff.data.items}
          onRemoved={() => setNotice(t('departments.staff.removed'))}
        />
      )}
    </>
  )
}

function AddStaff({ departmentKey, onAdded }: { departmentKey: string; onAdded: () => void }) {
  const { t } = useTranslation()
  const change = useChangeStaff(departmentKey)
  const [person, setPerson] = useState('')
  const [unchosen, setUnchosen] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isUserId(person)) return setUnchosen(true)
    change.mutate(
      { userId: person, change: 'add' },
      {
        onSuccess: () => {
          setPerson('')
          onAdded()
        },
      },
    )
  }
  return (
    <Card className="flex flex-col gap-3 p-5">
      <h2 className="text-lg font-bold text-ink">{t('departments.staff.addTitle')}</h2>
      <form className="flex flex-col gap-3" onSubmit={submit} noValidate>
        <PersonField
          label={t('departments.staff.person')}
          value={person}
          error={unchosen ? t('departments.staff.choose') : null}
          onChange={(value) => {
            setPerson(value)
            setUnchosen(false)
          }}
        />
        {change.isError && <ErrorState error={change.error} />}
        <Button type="submit" className="self-start" needsConnection loading={change.isPending}>
          {t('departments.staff.add')}
        </Button>
      </form>
    </Card>
  )
}

interface StaffTableProps {
  departmentKey: string
  people: MessagingPerson[]
  onRemoved: () => void
}

function StaffTable({ departmentKey, people, onRemoved }: StaffTableProps) {
  const { t } = useTranslation()
  const change = useChangeStaff(departmentKey)
  const [removing, setRemoving] = useState<MessagingPerson | null>(null)
  const columns: DataColumn<MessagingPerson>[] = [
    {
      id: 'name',
      header: t('departments.staff.name'),
      dir: 'auto',
      cell: (row) => row.displayName,
    },
    {
      id: 'kind',
      header: t('departments.staff.kind'),
      cell: (row) => t(`departments.staff.kinds.${row.type}`, row.type),
    },
    {
      id: 'remove',
      header: '',
      className: 'text-end',
      cell: (row) => (
        <Button
          variant="secondary"
          aria-label={t('departments.staff.removeName', { name: row.displayName })}
          onClick={() => setRemoving(row)}
        >
          {t('departments.staff.remove')}
        </Button>
      ),
    },
  ]
  return (
    <>
      <DataTable
        columns={columns}
        rows={people}
        rowId={(row) => row.id}
        caption={t('departments.staff.caption')}
      />
      <ModalDialog
        open={removing !== null}
        title={t('departments.staff.removeTitle')}
        onClose={() => setRemoving(null)}
      >
        <p className="text-ink">
          {t('departments.staff.removeConfirm', { name: removing?.displayName ?? '' })}
        </p>
        {change.isError && <ErrorState error={change.error} />}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setRemoving(null)}>
            {t('departments.staff.cancel')}
          </Button>
          <Button
            needsConnection
            loading={change.isPending}
            onClick={() =>
              removing &&
              change.mutate(
                { userId: removing.id, change: 'remove' },
                {
                  onSuccess: () => {
                    setRemoving(null)
                    onRemoved()
                  },
                },
              )
            }
          >
            {t('departments.staff.remove')}
          </Button>
        </div>
      </ModalDialog>
    </>
  )
}
