import type { User } from '@yektayar/shared/types'
import { Button, TextField, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { usePeopleSearch } from '../../../shared/api/people-search.ts'
import { PeopleResults } from '../../../shared/people-results.tsx'
import { nameOf, phoneOf } from '../../../shared/person-text.ts'

export interface PersonPickerProps {
  chosen: User | null
  onChoose: (user: User | null) => void
  /** Without users.read.any the search answers 403; Access pages then say so. */
  label?: string
}

/** Finds a person by name, phone or email and keeps the one chosen. */
export function PersonPicker({ chosen, onChoose, label }: PersonPickerProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const results = usePeopleSearch(query, chosen === null)
  const listId = useId()
  if (chosen) {
    return (
      <div className="flex min-h-12 items-center justify-between gap-2 rounded-xl border border-line-strong px-3">
        <span dir="auto">
          {nameOf(chosen) || t('access.person.unnamed')}
          {' · '}
          <span dir="ltr" className="text-sm text-ink-muted">
            {phoneOf(chosen)}
          </span>
        </span>
        <Button variant="ghost" onClick={() => onChoose(null)}>
          {t('access.person.change')}
        </Button>
      </div>
    )
  }
  const people = results.data?.items ?? []
  return (
    <div className="flex flex-col gap-1">
      <TextField
        label={label ?? t('access.person.search')}
        value={query}
        type="search"
        autoComplete="off"
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim().length >= 2 && results.isSuccess && (
        <PeopleResults
          id={listId}
          texts={{
            label: t('access.person.results'),
            none: t('access.person.none'),
            unnamed: t('access.person.unnamed'),
          }}
          people={people}
          onChoose={(user) => {
            setQuery('')
            onChoose(user)
          }}
        />
      )}
    </div>
  )
}
