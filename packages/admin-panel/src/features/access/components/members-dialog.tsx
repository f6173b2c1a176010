import type { Group, User } from '@yektayar/shared/types'
import {
  Button,
  ErrorState,
  LoadingState,
  LoadMore,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { nameOf } from '../../../shared/person-text.ts'
import { useGroupMembers, useMembership } from '../api/members.ts'
import { PersonPicker } from './person-picker.tsx'

/** A group's members: add someone (only if you hold all the group's permissions), remove one. */
export function MembersDialog({ group, onClose }: { group: Group | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      open={group !== null}
      title={group ? t('access.groups.membersTitle', { group: group.name }) : ''}
      onClose={onClose}
      wide
    >
      {group && <Members group={group} />}
    </ModalDialog>
  )
}

function Members({ group }: { group: Group }) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const members = useGroupMembers(group.id)
  const change = useMembership()
  const [chosen, setChosen] = useState<User | null>(null)
  const items = members.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <PersonPicker chosen={chosen} onChoose={setChosen} />
        </div>
        <Button
          disabled={!chosen}
          loading={change.isPending}
          needsConnection
          onClick={() =>
            chosen &&
            change.mutate(
              { groupId: group.id, userId: chosen.id, member: true },
              { onSuccess: () => setChosen(null) },
            )
          }
        >
          {t('access.groups.addMember')}
        </Button>
      </div>
      {change.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(change.error)}
        </p>
      )}
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => members.refetch()} />
      ) : items.length === 0 ? (
        <p className="text-ink-muted">{t('access.groups.noMembers')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {items.map((member) => {
            const name = nameOf(member) || t('access.person.unnamed')
            return (
              <li key={member.userId} className="flex items-center justify-between gap-3 py-2">
                <span dir="auto">{name}</span>
                <Button
                  variant="ghost"
                  aria-label={t('access.groups.removeMemberOf', { name })}
                  needsConnection
                  onClick={() =>
                    change.mutate({ groupId: group.id, userId: member.userId, member: false })
                  }
                >
                  {t('access.groups.removeMember')}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      <LoadMore pages={members} label={t('access.groups.more')} />
    </>
  )
}
