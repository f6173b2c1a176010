/** The device's own unlock (fingerprint, face, or its screen lock as a fallback). Native only. */
const plugin = async () => (await import('@aparajita/capacitor-biometric-auth')).BiometricAuth

/** Whether the device has biometrics set up, so Settings offers them. */
export async function biometryAvailable(): Promise<boolean> {
  try {
    return (await (await plugin()).checkBiometry()).isAvailable
  } catch {
    return false
  }
}

/** Resolves true once the person proved it is them; false if they cancelled or failed. */
export async function unlockWithBiometry(texts: { reason: string; cancel: string }) {
  try {
    await (await plugin()).authenticate({
      reason: texts.reason,
      androidTitle: texts.reason,
      cancelTitle: texts.cancel,
      // Someone whose fingerprint stopped working can still get in with the phone's own lock.
      allowDeviceCredential: true,
    })
    return true
  } catch {
    return false
  }
}
