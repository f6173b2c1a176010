import type { User } from '@yektayar/shared/types'
import { Button, TextField, useSession, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { usePeopleSearch } from '../../../shared/api/people-search.ts'
import { nameOf, phoneOf } from '../../../shared/person-text.ts'
import { isUserId } from '../audit-filters.ts'

export interface PersonFieldProps {
  /** The chosen person's id, or the text typed so far when it is not one yet. */
  value: string
  onChange: (value: string) => void
  error?: string | null
}

/**
 * Who did it: a search by name or phone for staff who may read accounts (`users.read.any`),
 * otherwise the person's id. Either way a pasted id is taken as it is.
 */
export function PersonField({ value, onChange, error }: PersonFieldProps) {
  const { t } = useTranslation()
  const canSearch = useSession().data?.permissions.includes('users.read.any') ?? false
  const [chosen, setChosen] = useState<User | null>(null)
  const [query, setQuery] = useState(isUserId(value) ? '' : value)
  const results = usePeopleSearch(query, canSearch && !isUserId(query))
  const listId = useId()

  if (!canSearch) {
    return (
      <TextField
        label={t('auditLog.personId')}
        value={value}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
    )
  }
  if (isUserId(value)) {
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium text-ink">{t('auditLog.person')}</span>
        <div className="flex min-h-11 items-center justify-between gap-2 rounded-xl border border-line-strong px-3">
          <span className="truncate" dir="auto">
            {chosen ? `${nameOf(chosen) || t('auditLog.unnamed')} · ${phoneOf(chosen)}` : value}
          </span>
          <Button
            variant="ghost"
            onClick={() => {
              setChosen(null)
              setQuery('')
              onChange('')
            }}
          >
            {t('auditLog.clearPerson')}
          </Button>
        </div>
      </div>
    )
  }
  const people = results.data?.items ?? []
  return (
    <div className="relative flex flex-col gap-1">
      <TextField
        label={t('auditLog.personSearch')}
        hint={t('auditLog.personSearchHint')}
        value={query}
        autoComplete="off"
        aria-controls={listId}
        error={error}
        onChange={(event) => {
          setQuery(event.target.value)
          onChange(event.target.value.trim())
        }}
      />
      {query.trim().length >= 2 && results.isSuccess && (
        <ul
          id={listId}
          aria-label={t('auditLog.personResults')}
          className="flex flex-col rounded-xl border border-line bg-surface shadow-sm"
        >
          {people.length === 0 && (
            <li className="px-3 py-2 text-sm text-ink-muted">{t('auditLog.noPeople')}</li>
          )}
          {people.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                className="flex w-full justify-between gap-3 px-3 py-2 text-start hover:bg-surface-muted focus-visible:bg-surface-muted"
                onClick={() => {
                  setChosen(user)
                  onChange(user.id)
                }}
              >
                <span dir="auto">{nameOf(user) || t('auditLog.unnamed')}</span>
                <span dir="ltr" className="text-sm text-ink-muted">
                  {phoneOf(user)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
