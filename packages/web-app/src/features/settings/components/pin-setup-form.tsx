import { Button, TextField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { PIN_PATTERN } from '../../../shared/native/app-lock/pin-hash.ts'

export interface PinSetupFormProps {
  onSave: (pin: string) => Promise<void>
  onCancel: () => void
}

/** A new PIN, typed twice; only its salted hash is kept (pin-hash.ts). */
export function PinSetupForm({ onSave, onCancel }: PinSetupFormProps) {
  const { t } = useTranslation()
  const [pin, setPin] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const digits = (value: string) => value.replace(/\D/g, '').slice(0, 8)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!PIN_PATTERN.test(pin)) return setError(t('native.lock.pinInvalid'))
    if (pin !== again) return setError(t('native.lock.pinMismatch'))
    setSaving(true)
    await onSave(pin)
    setSaving(false)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4 sm:max-w-sm">
      <TextField
        label={t('native.lock.pin')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={pin}
        onChange={(event) => setPin(digits(event.target.value))}
        error={error}
      />
      <TextField
        label={t('native.lock.pinAgain')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={again}
        onChange={(event) => setAgain(digits(event.target.value))}
      />
      <div className="flex gap-2">
        <Button type="submit" loading={saving}>
          {t('native.lock.savePin')}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t('native.lock.cancel')}
        </Button>
      </div>
    </form>
  )
}
