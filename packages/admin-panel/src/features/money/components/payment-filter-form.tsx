import { PAYMENT_GATEWAYS, TRANSACTION_STATUSES, TRANSACTION_TYPES } from '@yektayar/shared/types'
import { Button, SelectField, SwitchField, TextField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { isUuid, type PaymentFilters } from '../money-filters.ts'
import { rialsToTomanText, tomanToRials } from '../toman-input.ts'
import { DayRangeFields } from './day-range-fields.tsx'
import { useDayRange } from './use-day-range.ts'

export interface PaymentFilterFormProps {
  filters: PaymentFilters
  onApply: (filters: PaymentFilters) => void
}

const initialToman = (rials?: string) => (rials ? rialsToTomanText(rials) : '')

/** Type, status, gateway, reference, toman range, Tehran days, payer and "overdue only". */
export function PaymentFilterForm({ filters, onApply }: PaymentFilterFormProps) {
  const { t } = useTranslation()
  const range = useDayRange(filters)
  const [type, setType] = useState(filters.type ?? '')
  const [status, setStatus] = useState(filters.status ?? '')
  const [gateway, setGateway] = useState(filters.gateway ?? '')
  const [reference, setReference] = useState(filters.reference ?? '')
  const [minToman, setMinToman] = useState(initialToman(filters.minIrr))
  const [maxToman, setMaxToman] = useState(initialToman(filters.maxIrr))
  const [userId, setUserId] = useState(filters.userId ?? '')
  const [stale, setStale] = useState(filters.stale === 'true')
  const [invalid, setInvalid] = useState<Set<string>>(new Set())

  function apply(event: FormEvent) {
    event.preventDefault()
    const { invalid: badDays, days } = range.read()
    const bad = new Set(badDays)
    const minIrr = minToman.trim() ? tomanToRials(minToman) : undefined
    const maxIrr = maxToman.trim() ? tomanToRials(maxToman) : undefined
    if (minIrr === null) bad.add('min')
    if (maxIrr === null) bad.add('max')
    if (userId.trim() && !isUuid(userId.trim())) bad.add('user')
    setInvalid(bad)
    if (bad.size > 0) return
    const chosen: PaymentFilters = { type, status, gateway, reference: reference.trim(), ...days }
    if (minIrr !== undefined && minIrr !== null) chosen.minIrr = String(minIrr)
    if (maxIrr !== undefined && maxIrr !== null) chosen.maxIrr = String(maxIrr)
    if (userId.trim()) chosen.userId = userId.trim().toLowerCase()
    if (stale) chosen.stale = 'true'
    onApply(chosen)
  }

  function clear() {
    range.clear()
    for (const set of [
      setType,
      setStatus,
      setGateway,
      setReference,
      setMinToman,
      setMaxToman,
      setUserId,
    ])
      set('')
    setStale(false)
    setInvalid(new Set())
    onApply({})
  }

  const any: [string, string] = ['', t('money.any')]
  const menu = (values: readonly string[], key: string) => [
    any,
    ...values.map((value) => [value, t(`money.payments.${key}.${value}`)] as const),
  ]
  const amountError = (key: string) => (invalid.has(key) ? t('money.payments.amountInvalid') : null)
  return (
    <form
      noValidate
      onSubmit={apply}
      aria-label={t('money.filters')}
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <SelectField
        label={t('money.payments.type')}
        value={type}
        onChange={(event) => setType(event.target.value)}
        options={menu(TRANSACTION_TYPES, 'types')}
      />
      <SelectField
        label={t('money.payments.status')}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        options={menu(TRANSACTION_STATUSES, 'statuses')}
      />
      <SelectField
        label={t('money.payments.gateway')}
        value={gateway}
        onChange={(event) => setGateway(event.target.value)}
        options={menu(PAYMENT_GATEWAYS, 'gateways')}
      />
      <TextField
        label={t('money.payments.reference')}
        value={reference}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setReference(event.target.value)}
      />
      <TextField
        label={t('money.payments.minToman')}
        value={minToman}
        inputMode="numeric"
        dir="ltr"
        error={amountError('min')}
        onChange={(event) => setMinToman(event.target.value)}
      />
      <TextField
        label={t('money.payments.maxToman')}
        value={maxToman}
        inputMode="numeric"
        dir="ltr"
        error={amountError('max')}
        onChange={(event) => setMaxToman(event.target.value)}
      />
      <DayRangeFields range={range} invalid={invalid} />
      <TextField
        label={t('money.payments.userId')}
        value={userId}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={invalid.has('user') ? t('money.payments.userIdInvalid') : null}
        onChange={(event) => setUserId(event.target.value)}
      />
      <div className="sm:col-span-2 lg:col-span-3">
        <SwitchField
          label={t('money.payments.stale')}
          hint={t('money.payments.staleHint')}
          checked={stale}
          onChange={setStale}
        />
      </div>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t('money.apply')}</Button>
        <Button variant="ghost" onClick={clear}>
          {t('money.clear')}
        </Button>
      </div>
    </form>
  )
}
