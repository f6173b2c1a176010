import { BrandMark, Button, useTranslation } from '@yektayar/ui'
import { useEffect } from 'react'
import { unlockWithBiometry } from './biometrics.ts'
import type { LockSettings } from './lock-policy.ts'
import { PinUnlockForm } from './pin-unlock-form.tsx'

export interface LockScreenProps {
  settings: LockSettings
  onUnlocked: () => void
}

/** What a locked app shows: the brand and a way in, nothing of the person's own. */
export function LockScreen({ settings, onUnlocked }: LockScreenProps) {
  const { t } = useTranslation()
  const biometric = settings.method === 'biometric'
  const unlock = async () => {
    const texts = { reason: t('native.lock.unlockReason'), cancel: t('native.lock.cancel') }
    if (await unlockWithBiometry(texts)) onUnlocked()
  }
  // Ask at once: opening the app is the intent to unlock it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per lock, not per render
  useEffect(() => {
    if (biometric) void unlock()
  }, [biometric])

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="app-lock-title"
      className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-6 bg-canvas px-6 pt-[env(safe-area-inset-top)] pb-[env(safe-area-inset-bottom)]"
    >
      <BrandMark className="size-16" />
      <h1 id="app-lock-title" className="text-xl font-bold text-ink">
        {t('native.lock.locked')}
      </h1>
      {settings.method === 'pin' ? (
        <PinUnlockForm pin={settings.pin} onUnlocked={onUnlocked} />
      ) : (
        <Button onClick={() => void unlock()}>{t('native.lock.unlock')}</Button>
      )}
    </div>
  )
}
