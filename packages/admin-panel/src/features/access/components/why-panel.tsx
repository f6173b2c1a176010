import type { Permission, User } from '@yektayar/shared/types'
import {
  Button,
  ErrorState,
  LoadingState,
  SelectField,
  useProblemMessage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { nameOf } from '../../../shared/person-text.ts'
import { useDirectGrant, usePermissionSources } from '../api/permission-sources.ts'
import { PersonPicker } from './person-picker.tsx'

/**
 * "Why can this person do X": pick a person and a permission; the answer names the direct
 * grant and each group that gives it, or says nothing does. The direct grant can be given or
 * taken back right there.
 */
export function WhyPanel({ permissions }: { permissions: Permission[] }) {
  const { t } = useTranslation()
  const [person, setPerson] = useState<User | null>(null)
  const [permission, setPermission] = useState('')
  return (
    <section className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5">
      <h2 className="text-lg font-bold text-ink">{t('access.why.title')}</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <PersonPicker chosen={person} onChoose={setPerson} />
        <SelectField
          label={t('access.why.permission')}
          value={permission}
          onChange={(event) => setPermission(event.target.value)}
          options={[['', '—'], ...permissions.map((p): [string, string] => [p.name, p.name])]}
        />
      </div>
      {person && permission && <WhyAnswer person={person} permission={permission} />}
    </section>
  )
}

function WhyAnswer({ person, permission }: { person: User; permission: string }) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const sources = usePermissionSources(person.id, permission)
  const grant = useDirectGrant()
  const mayGrant = useSession().data?.permissions.includes(permission) ?? false
  if (sources.isPending) return <LoadingState />
  if (sources.isError) return <ErrorState error={sources.error} onRetry={() => sources.refetch()} />
  const answer = sources.data
  const name = nameOf(person) || t('access.person.unnamed')
  return (
    <div role="status" className="flex flex-col gap-2 rounded-xl bg-surface-muted p-4">
      <p className="font-semibold">
        {answer.held
          ? t('access.why.held', { name, permission })
          : t('access.why.notHeld', { name, permission })}
      </p>
      {answer.held && (
        <ul className="list-inside list-disc">
          {answer.direct && <li>{t('access.why.direct')}</li>}
          {answer.groups.map((group) => (
            <li key={group.id}>{t('access.why.viaGroup', { group: group.name })}</li>
          ))}
        </ul>
      )}
      {!answer.isActive && <p className="text-danger">{t('access.why.inactive')}</p>}
      {grant.isError && (
        <p role="alert" className="font-medium text-danger">
          {problemMessage(grant.error)}
        </p>
      )}
      {(answer.direct || mayGrant) && (
        <div>
          <Button
            variant={answer.direct ? 'danger' : 'secondary'}
            loading={grant.isPending}
            needsConnection
            onClick={() => grant.mutate({ userId: person.id, permission, granted: !answer.direct })}
          >
            {answer.direct ? t('access.why.revokeDirect') : t('access.why.grantDirect')}
          </Button>
        </div>
      )}
    </div>
  )
}
