import type { Group } from '@yektayar/shared/types'
import { Button, TextField, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { useCreateGroup, useDeleteGroup } from '../api/groups.ts'
import { MembersDialog } from './members-dialog.tsx'

/** The groups: create one, delete one (never a default group), open its members. */
export function GroupsPanel({ groups }: { groups: Group[] }) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const remove = useDeleteGroup()
  const [open, setOpen] = useState<Group | null>(null)
  const columns: DataColumn<Group>[] = [
    {
      id: 'name',
      header: t('access.groups.name'),
      dir: 'auto',
      cell: (group) => (
        <>
          <span className="font-semibold">{group.name}</span>
          {group.isDefault && (
            <span className="ms-2 text-xs text-ink-muted">{t('access.groups.default')}</span>
          )}
          {group.description && (
            <span className="block text-xs text-ink-muted">{group.description}</span>
          )}
        </>
      ),
    },
    { id: 'members', header: t('access.groups.members'), cell: (group) => group.memberCount },
    {
      id: 'actions',
      header: t('access.groups.actions'),
      cell: (group) => (
        <div className="flex flex-wrap gap-1">
          <Button
            variant="ghost"
            aria-label={t('access.groups.showMembersOf', { group: group.name })}
            onClick={() => setOpen(group)}
          >
            {t('access.groups.showMembers')}
          </Button>
          {!group.isDefault && (
            <Button
              variant="ghost"
              aria-label={t('access.groups.removeOf', { group: group.name })}
              needsConnection
              onClick={() => remove.mutate(group.id)}
            >
              {t('access.groups.remove')}
            </Button>
          )}
        </div>
      ),
    },
  ]
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-bold text-ink">{t('access.groups.title')}</h2>
      {remove.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(remove.error)}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={groups}
        rowId={(g) => g.id}
        caption={t('access.groups.caption')}
      />
      <NewGroupForm />
      <MembersDialog group={open} onClose={() => setOpen(null)} />
    </section>
  )
}

function NewGroupForm() {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const create = useCreateGroup()
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        const body = {
          name: name.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
        }
        create.mutate(body, {
          onSuccess: () => {
            setName('')
            setDescription('')
          },
        })
      }}
    >
      <TextField
        className="min-w-48 flex-1"
        label={t('access.groups.newName')}
        value={name}
        error={create.isError ? problemMessage(create.error) : null}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        className="min-w-48 flex-1"
        label={t('access.groups.newDescription')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Button
        type="submit"
        disabled={name.trim().length < 2}
        loading={create.isPending}
        needsConnection
      >
        {t('access.groups.create')}
      </Button>
    </form>
  )
}
