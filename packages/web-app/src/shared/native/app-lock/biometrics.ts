/** The device's own unlock (fingerprint, face, or its screen lock as a fallback). Native only. */
// Wrapped in an object: a Capacitor plugin is a proxy that answers every property, `then`
// included, so returning it bare from an async function would make it look like a promise.
const plugin = async () => ({
  auth: (await import('@aparajita/capacitor-biometric-auth')).BiometricAuth,
})

/** Whether the device has biometrics set up, so Settings offers them. */
export async function biometryAvailable(): Promise<boolean> {
  try {
    const { auth } = await plugin()
    return (await auth.checkBiometry()).isAvailable
  } catch {
    return false
  }
}

/** Resolves true once the person proved it is them; false if they cancelled or failed. */
export async function unlockWithBiometry(texts: { reason: string; cancel: string }) {
  try {
    const { auth } = await plugin()
    await auth.authenticate({
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
