import type { User } from '@yektayar/shared/types'
import { Button, TextField, useSession, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { usePeopleSearch, usePersonById } from './api/people-search.ts'
import { PeopleResults } from './people-results.tsx'
import { nameOf, phoneOf } from './person-text.ts'
import { isUserId } from './user-id.ts'

export interface PersonFieldProps {
  /** The chosen person's id, or the text typed so far when it is not one yet. */
  value: string
  onChange: (value: string) => void
  error?: string | null
  /** The field's label when it is a search (default: "find a person by name or phone"). */
  label?: string
}

/**
 * A person: a search by name or phone for staff who may read accounts (`users.read.any`),
 * otherwise the person's id. Either way a pasted id is taken as it is. Used by the audit log's
 * filter and by department staff assignment.
 */
export function PersonField({ value, onChange, error, label }: PersonFieldProps) {
  const { t } = useTranslation()
  const canSearch = useSession().data?.permissions.includes('users.read.any') ?? false
  const [chosen, setChosen] = useState<User | null>(null)
  const [query, setQuery] = useState(isUserId(value) ? '' : value)
  const results = usePeopleSearch(query, canSearch && !isUserId(query))
  // An id that arrived without its person (a filter read back from the address) is named too.
  const named = usePersonById(value, canSearch && isUserId(value) && chosen?.id !== value)
  const shown = chosen?.id === value ? chosen : named.data
  const listId = useId()

  if (!canSearch) {
    return (
      <TextField
        label={t('shared.person.id')}
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
        <span className="text-sm font-medium text-ink">{t('shared.person.label')}</span>
        <div className="flex min-h-11 items-center justify-between gap-2 rounded-xl border border-line-strong px-3">
          <span className="truncate" dir="auto">
            {shown ? `${nameOf(shown) || t('shared.person.unnamed')} · ${phoneOf(shown)}` : value}
          </span>
          <Button
            variant="ghost"
            onClick={() => {
              setChosen(null)
              setQuery('')
              onChange('')
            }}
          >
            {t('shared.person.clear')}
          </Button>
        </div>
      </div>
    )
  }
  const people = results.data?.items ?? []
  return (
    <div className="relative flex flex-col gap-1">
      <TextField
        label={label ?? t('shared.person.search')}
        hint={t('shared.person.searchHint')}
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
            label: t('shared.person.results'),
            none: t('shared.person.none'),
            unnamed: t('shared.person.unnamed'),
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
