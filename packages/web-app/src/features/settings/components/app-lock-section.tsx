import { Button, SelectField, useTranslation } from '@yektayar/ui'
import { useEffect, useState, useSyncExternalStore } from 'react'
import {
  currentLockSettings,
  saveLockSettings,
  subscribeLockSettings,
} from '../../../shared/native/app-lock/app-lock-store.ts'
import {
  biometryAvailable,
  unlockWithBiometry,
} from '../../../shared/native/app-lock/biometrics.ts'
import { LOCK_TIMEOUTS_MS } from '../../../shared/native/app-lock/lock-policy.ts'
import { hashPin } from '../../../shared/native/app-lock/pin-hash.ts'
import { PinSetupForm } from './pin-setup-form.tsx'
import { SettingsSection } from './settings-section.tsx'

/**
 * The Android app's lock (discreet mode on a shared phone). Rendered in the app only: the web
 * cannot lock a browser tab, and Settings shows nothing that would not work.
 */
export function AppLockSection() {
  const { t } = useTranslation()
  const settings = useSyncExternalStore(subscribeLockSettings, currentLockSettings)
  const [hasBiometry, setHasBiometry] = useState(false)
  const [choosingPin, setChoosingPin] = useState(false)
  useEffect(() => {
    void biometryAvailable().then(setHasBiometry)
  }, [])
  const timeoutMs = settings?.timeoutMs ?? LOCK_TIMEOUTS_MS[1]

  async function lockWithBiometry() {
    // Proves the device's biometrics work for this person before the app relies on them.
    const texts = { reason: t('native.lock.unlockReason'), cancel: t('native.lock.cancel') }
    if (await unlockWithBiometry(texts)) await saveLockSettings({ method: 'biometric', timeoutMs })
  }

  async function lockWithPin(pin: string) {
    await saveLockSettings({ method: 'pin', pin: await hashPin(pin), timeoutMs })
    setChoosingPin(false)
  }

  const status = !settings ? 'off' : settings.method === 'pin' ? 'onPin' : 'onBiometric'
  return (
    <SettingsSection area="appLock" id="app-lock">
      <p className="text-sm font-medium text-ink" aria-live="polite">
        {t(`native.lock.${status}`)}
      </p>
      {choosingPin ? (
        <PinSetupForm onSave={lockWithPin} onCancel={() => setChoosingPin(false)} />
      ) : (
        <div className="flex flex-wrap gap-2">
          {hasBiometry && settings?.method !== 'biometric' && (
            <Button variant="secondary" onClick={() => void lockWithBiometry()}>
              {t('native.lock.useBiometric')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setChoosingPin(true)}>
            {t('native.lock.usePin')}
          </Button>
          {settings && (
            <Button variant="ghost" onClick={() => void saveLockSettings(null)}>
              {t('native.lock.turnOff')}
            </Button>
          )}
        </div>
      )}
      {settings && (
        <SelectField
          label={t('native.lock.timeout')}
          value={String(settings.timeoutMs)}
          onChange={(event) =>
            void saveLockSettings({ ...settings, timeoutMs: Number(event.target.value) })
          }
          options={LOCK_TIMEOUTS_MS.map((ms) => [String(ms), t(`native.lock.timeouts.${ms}`)])}
        />
      )}
    </SettingsSection>
  )
}
