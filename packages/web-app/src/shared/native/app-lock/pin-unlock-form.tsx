import { Button, Notice, TextField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useEffect, useState } from 'react'
import { loadAttempts, saveAttempts } from './app-lock-store.ts'
import { forgetDevice } from './forget-device.ts'
import {
  type Attempts,
  afterFailure,
  NO_ATTEMPTS,
  TRIES_BEFORE_SIGN_OUT,
  waitBeforeTrying,
} from './lock-policy.ts'
import { type PinHash, pinMatches } from './pin-hash.ts'

export interface PinUnlockFormProps {
  pin: PinHash
  onUnlocked: () => void
}

/** The PIN field of the lock screen, with the waits after wrong tries (lock-policy.ts). */
export function PinUnlockForm({ pin, onUnlocked }: PinUnlockFormProps) {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [attempts, setAttempts] = useState<Attempts>(NO_ATTEMPTS)
  const [wrong, setWrong] = useState(false)
  const [checking, setChecking] = useState(false)
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    void loadAttempts().then(setAttempts)
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const waitMs = waitBeforeTrying(attempts, now)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (waitMs > 0 || checking) return
    setChecking(true)
    const matches = await pinMatches(value, pin)
    setChecking(false)
    setValue('')
    if (matches) {
      await saveAttempts(NO_ATTEMPTS)
      onUnlocked()
      return
    }
    const next = afterFailure(attempts, Date.now())
    await saveAttempts(next)
    if (next.failures >= TRIES_BEFORE_SIGN_OUT) return forgetDevice()
    setAttempts(next)
    setWrong(true)
  }

  return (
    <form onSubmit={submit} className="flex w-full max-w-xs flex-col gap-4">
      <TextField
        label={t('native.lock.enterPin')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        value={value}
        onChange={(event) => setValue(event.target.value.replace(/\D/g, ''))}
        error={wrong && waitMs === 0 ? t('native.lock.wrongPin') : null}
      />
      {waitMs > 0 && (
        <Notice tone="info">{t('native.lock.wait', { seconds: Math.ceil(waitMs / 1000) })}</Notice>
      )}
      <Button type="submit" loading={checking} disabled={waitMs > 0 || value.length < 4}>
        {t('native.lock.unlock')}
      </Button>
    </form>
  )
}
