import type { User } from '@yektayar/shared/types'
import {
  Button,
  EmptyState,
  ErrorState,
  formatDate,
  LoadingState,
  LoadMore,
  TextField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { nameOf } from '../../../shared/person-text.ts'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { usePeople } from '../api/people.ts'
import { StateBadge } from './state-badge.tsx'

/** People (users.read.any): find someone by name, phone in any form, or email. */
export function PeoplePage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('people.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('people.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('people.lead')}</p>
      </header>
      <RequirePermission permission="users.read.any">
        <PeopleSearch />
      </RequirePermission>
    </div>
  )
}

function PeopleSearch() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const q = search.get('q')?.trim() ?? ''
  const [typed, setTyped] = useState(q)
  const people = usePeople(q)
  const items = people.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault()
          setSearch(typed.trim() ? { q: typed.trim() } : {})
        }}
      >
        <TextField
          className="min-w-64 flex-1"
          label={t('people.search.label')}
          hint={t('people.search.hint')}
          type="search"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" disabled={typed.trim().length < 2}>
          {t('people.search.submit')}
        </Button>
      </form>
      {q.length < 2 ? null : people.isPending ? (
        <LoadingState />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => people.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('people.empty')} />
      ) : (
        <PeopleTable items={items} />
      )}
      <LoadMore pages={people} label={t('people.more')} />
    </>
  )
}

function PeopleTable({ items }: { items: User[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const columns: DataColumn<User>[] = [
    {
      id: 'name',
      header: t('people.columns.name'),
      dir: 'auto',
      cell: (user) => (
        <Link
          to={`/people/${user.id}`}
          className="font-semibold text-primary underline-offset-4 hover:underline"
        >
          {nameOf(user) || t('people.unnamed')}
        </Link>
      ),
    },
    {
      id: 'type',
      header: t('people.columns.type'),
      cell: (user) => t(`people.types.${user.type}`),
    },
    {
      id: 'identifier',
      header: t('people.columns.identifier'),
      dir: 'ltr',
      className: 'text-ink-muted',
      cell: (user) => user.identifiers.map((identifier) => identifier.value).join('، '),
    },
    {
      id: 'state',
      header: t('people.columns.state'),
      cell: (user) => <StateBadge active={user.isActive} />,
    },
    {
      id: 'joined',
      header: t('people.columns.joined'),
      className: 'whitespace-nowrap',
      cell: (user) => formatDate(user.createdAt, language),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowId={(user) => user.id}
      caption={t('people.tableCaption')}
    />
  )
}
