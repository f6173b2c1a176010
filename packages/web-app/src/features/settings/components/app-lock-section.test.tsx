import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  currentLockSettings,
  saveLockSettings,
} from '../../../shared/native/app-lock/app-lock-store.ts'
import { nativeMessagesEn } from '../../../shared/native/native-messages-en.ts'
import { nativeMessagesFa } from '../../../shared/native/native-messages-fa.ts'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { AppLockSection } from './app-lock-section.tsx'

initTestI18n({
  fa: { settings: settingsMessagesFa, native: nativeMessagesFa },
  en: { settings: settingsMessagesEn, native: nativeMessagesEn },
})

// The plugins are the edge: the Keystore-backed storage and the device's biometric prompt.
const stored = vi.hoisted(() => new Map<string, string>())
vi.mock('@aparajita/capacitor-secure-storage', () => ({
  SecureStorage: {
    get: async (key: string) => stored.get(key) ?? null,
    set: async (key: string, value: string) => void stored.set(key, value),
    remove: async (key: string) => stored.delete(key),
  },
}))
const biometry = vi.hoisted(() => ({ checkBiometry: vi.fn(), authenticate: vi.fn() }))
vi.mock('@aparajita/capacitor-biometric-auth', () => ({ BiometricAuth: biometry }))

beforeEach(async () => {
  vi.stubGlobal('Capacitor', { isNativePlatform: () => true })
  await i18n.changeLanguage('en')
  biometry.checkBiometry.mockResolvedValue({ isAvailable: true })
  biometry.authenticate.mockResolvedValue(undefined)
})
afterEach(async () => {
  await saveLockSettings(null)
  stored.clear()
  vi.unstubAllGlobals()
})

describe('the app lock in Settings (Android app)', () => {
  it('keeps a new PIN only as a salted hash in secure storage', async () => {
    const user = userEvent.setup()
    render(<AppLockSection />)
    expect(screen.getByText('The lock is off.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Lock with a PIN' }))
    await user.type(screen.getByLabelText('PIN (4 to 8 digits)'), '2580')
    await user.type(screen.getByLabelText('PIN again'), '2580')
    await user.click(screen.getByRole('button', { name: 'Save PIN' }))

    expect(await screen.findByText('Locked with a PIN.')).toBeTruthy()
    const kept = stored.get('app-lock') ?? ''
    expect(JSON.parse(kept)).toMatchObject({ method: 'pin', timeoutMs: 60_000 })
    expect(kept).not.toContain('2580')
  })

  it('refuses two different PINs', async () => {
    const user = userEvent.setup()
    render(<AppLockSection />)
    await user.click(screen.getByRole('button', { name: 'Lock with a PIN' }))
    await user.type(screen.getByLabelText('PIN (4 to 8 digits)'), '2580')
    await user.type(screen.getByLabelText('PIN again'), '2581')
    await user.click(screen.getByRole('button', { name: 'Save PIN' }))
    expect(await screen.findByText('The two PINs differ.')).toBeTruthy()
    expect(stored.has('app-lock')).toBe(false)
  })

  it('turns biometrics on only once the person has passed them, and off again', async () => {
    const user = userEvent.setup()
    render(<AppLockSection />)
    biometry.authenticate.mockRejectedValueOnce(new Error('userCancel'))
    await user.click(await screen.findByRole('button', { name: 'Lock with fingerprint or face' }))
    expect(currentLockSettings()).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Lock with fingerprint or face' }))
    expect(await screen.findByText('Locked with fingerprint or face.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Turn the lock off' }))
    expect(await screen.findByText('The lock is off.')).toBeTruthy()
    expect(stored.has('app-lock')).toBe(false)
  })
})
