import type { nativeMessagesFa } from './native-messages-fa.ts'

export const nativeMessagesEn: typeof nativeMessagesFa = {
  lock: {
    off: 'The lock is off.',
    onBiometric: 'Locked with fingerprint or face.',
    onPin: 'Locked with a PIN.',
    useBiometric: 'Lock with fingerprint or face',
    usePin: 'Lock with a PIN',
    turnOff: 'Turn the lock off',
    pin: 'PIN (4 to 8 digits)',
    pinAgain: 'PIN again',
    pinInvalid: 'The PIN must be 4 to 8 digits.',
    pinMismatch: 'The two PINs differ.',
    savePin: 'Save PIN',
    cancel: 'Cancel',
    timeout: 'Lock after leaving the app',
    timeouts: { '0': 'At once', '60000': 'After 1 minute', '300000': 'After 5 minutes' },
    locked: 'YektaYar is locked',
    unlock: 'Unlock',
    unlockReason: 'Unlock YektaYar',
    enterPin: 'PIN',
    wrongPin: 'That PIN is not right.',
    wait: 'Several wrong tries: try again in {{seconds}} seconds.',
    signedOut: 'The PIN was wrong too many times, so you were signed out. Please sign in again.',
  },
  reminders: {
    title: 'YektaYar',
    body: 'Your session starts {{when}}.',
  },
}
