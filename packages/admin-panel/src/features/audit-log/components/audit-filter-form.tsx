import { Button, SelectField, TextField, useLanguage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { dayInputText, parseDayInput } from '../../../shared/day-input.ts'
import { PersonField } from '../../../shared/person-field.tsx'
import { isUserId } from '../../../shared/user-id.ts'
import { useAuditFacets } from '../api/audit-facets.ts'
import type { AuditFilters } from '../audit-filters.ts'
import { useActionLabel } from '../audit-texts.ts'

export interface AuditFilterFormProps {
  filters: AuditFilters
  onApply: (filters: AuditFilters) => void
}

/** Person, action, resource and a Jalali (or Gregorian) date range, applied together. */
export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const facets = useAuditFacets()
  const actionLabel = useActionLabel()
  const [person, setPerson] = useState(filters.userId ?? '')
  const [action, setAction] = useState(filters.action ?? '')
  const [resource, setResource] = useState(filters.resource ?? '')
  const [resourceId, setResourceId] = useState(filters.resourceId ?? '')
  const [from, setFrom] = useState(filters.from ? dayInputText(filters.from, language) : '')
  const [to, setTo] = useState(filters.to ? dayInputText(filters.to, language) : '')
  const [invalid, setInvalid] = useState<Set<string>>(new Set())

  function apply(event: FormEvent) {
    event.preventDefault()
    const fromDay = from.trim() ? parseDayInput(from) : undefined
    const toDay = to.trim() ? parseDayInput(to) : undefined
    const bad = new Set<string>()
    if (person.trim() && !isUserId(person.trim())) bad.add('person')
    if (fromDay === null) bad.add('from')
    if (toDay === null) bad.add('to')
    setInvalid(bad)
    if (bad.size > 0) return
    onApply({
      ...(person.trim() ? { userId: person.trim().toLowerCase() } : {}),
      ...(action ? { action } : {}),
      ...(resource ? { resource } : {}),
      ...(resourceId.trim() ? { resourceId: resourceId.trim() } : {}),
      ...(fromDay ? { from: fromDay } : {}),
      ...(toDay ? { to: toDay } : {}),
    })
  }

  function clear() {
    for (const set of [setPerson, setAction, setResource, setResourceId, setFrom, setTo]) set('')
    setInvalid(new Set())
    onApply({})
  }

  const any: [string, string] = ['', t('auditLog.any')]
  // A value from the address stays choosable even before (or without) the menus loading.
  const actions = [...new Set([...(facets.data?.actions ?? []), ...(action ? [action] : [])])]
  const resources = [
    ...new Set([...(facets.data?.resources ?? []), ...(resource ? [resource] : [])]),
  ]
  return (
    <form
      noValidate
      onSubmit={apply}
      aria-label={t('auditLog.filters')}
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <PersonField
        value={person}
        onChange={setPerson}
        error={invalid.has('person') ? t('auditLog.personIdInvalid') : null}
      />
      <SelectField
        label={t('auditLog.action')}
        value={action}
        onChange={(event) => setAction(event.target.value)}
        options={[any, ...actions.map((a) => [a, actionLabel(a)] as const)]}
      />
      <SelectField
        label={t('auditLog.resource')}
        value={resource}
        onChange={(event) => setResource(event.target.value)}
        options={[any, ...resources.map((r) => [r, r] as const)]}
      />
      <TextField
        label={t('auditLog.resourceId')}
        value={resourceId}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setResourceId(event.target.value)}
      />
      <TextField
        label={t('auditLog.from')}
        hint={t('auditLog.dateHint')}
        value={from}
        dir="ltr"
        autoComplete="off"
        error={invalid.has('from') ? t('auditLog.dateInvalid') : null}
        onChange={(event) => setFrom(event.target.value)}
      />
      <TextField
        label={t('auditLog.to')}
        hint={t('auditLog.dateHint')}
        value={to}
        dir="ltr"
        autoComplete="off"
        error={invalid.has('to') ? t('auditLog.dateInvalid') : null}
        onChange={(event) => setTo(event.target.value)}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t('auditLog.apply')}</Button>
        <Button variant="ghost" onClick={clear}>
          {t('auditLog.clear')}
        </Button>
      </div>
    </form>
  )
}
