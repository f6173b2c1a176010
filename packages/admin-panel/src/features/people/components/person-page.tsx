import type { User } from '@yektayar/shared/types'
import {
  ErrorState,
  formatDate,
  LoadingState,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { nameOf } from '../../../shared/person-text.ts'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { usePerson } from '../api/person.ts'
import { ActivationSection } from './activation-section.tsx'
import { ActivitySection } from './activity-section.tsx'
import { DevicesSection } from './devices-section.tsx'
import { GroupsSection } from './groups-section.tsx'
import { StateBadge } from './state-badge.tsx'
import { TotpSection } from './totp-section.tsx'
import { TrailSection } from './trail-section.tsx'

/**
 * One person (users.read.any): who they are, their access, devices, two-step sign-in, state,
 * appointments and payments at a glance, and their audit trail. Never clinical note contents.
 */
export function PersonPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <Link
        to="/people"
        className="text-sm font-medium text-primary underline-offset-4 hover:underline"
      >
        {t('people.back')}
      </Link>
      <RequirePermission permission="users.read.any">
        <Person id={useParams().id ?? ''} />
      </RequirePermission>
    </div>
  )
}

function Person({ id }: { id: string }) {
  const { t } = useTranslation()
  const person = usePerson(id)
  const permissions = useSession().data?.permissions ?? []
  const canManage = permissions.includes('users.manage')
  if (person.isPending) return <LoadingState />
  if (person.isError) return <ErrorState error={person.error} onRetry={() => person.refetch()} />
  const user = person.data
  const name = nameOf(user) || t('people.unnamed')
  return (
    <>
      <title>{t('people.person.pageTitle', { name })}</title>
      <PersonHeader user={user} name={name} />
      <div className="grid gap-6 lg:grid-cols-2">
        <GroupsSection id={id} />
        <ActivationSection user={user} canManage={canManage} />
        <DevicesSection id={id} canManage={canManage} />
        <TotpSection user={user} canManage={canManage} />
      </div>
      <ActivitySection id={id} permissions={permissions} />
      {permissions.includes('audit.read') && <TrailSection id={id} />}
    </>
  )
}

function PersonHeader({ user, name }: { user: User; name: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <header className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl" dir="auto">
          {name}
        </h1>
        <span className="rounded-full bg-surface-muted px-2.5 py-0.5 text-sm">
          {t(`people.types.${user.type}`)}
        </span>
        <StateBadge active={user.isActive} />
      </div>
      <h2 className="text-sm font-semibold text-ink-muted">{t('people.person.identifiers')}</h2>
      <ul className="flex flex-wrap gap-2">
        {user.identifiers.map((identifier) => (
          <li key={identifier.id} className="rounded-xl border border-line px-3 py-1.5 text-sm">
            <span dir="ltr">{identifier.value}</span>
            {identifier.isPrimary && (
              <span className="ms-2 text-xs text-ink-muted">{t('people.person.primary')}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="text-sm text-ink-muted">
        {t('people.person.joined', { date: formatDate(user.createdAt, language) })}
        {' · '}
        {user.lastLoginAt
          ? t('people.person.lastLogin', { date: formatDate(user.lastLoginAt, language) })
          : t('people.person.neverSignedIn')}
      </p>
    </header>
  )
}
