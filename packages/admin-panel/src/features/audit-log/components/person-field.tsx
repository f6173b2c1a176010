import type { User } from '@yektayar/shared/types'
import { Button, TextField, useSession, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { usePeopleSearch } from '../../../shared/api/people-search.ts'
import { PeopleResults } from '../../../shared/people-results.tsx'
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
        <PeopleResults
          id={listId}
          texts={{
            label: t('auditLog.personResults'),
            none: t('auditLog.noPeople'),
            unnamed: t('auditLog.unnamed'),
          }}
          people={people}
          onChoose={(user) => {
            setChosen(user)
            onChange(user.id)
          }}
        />
      )}
    </div>
  )
}
