const PREFIX = 'yektayar.payment-key.'

// Kept in sessionStorage as well as memory: coming back from a failed gateway visit in the
// same tab and paying again must reuse the key, while another tab's attempt gets its own.
const memory = new Map<string, string>()

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined // Storage can be blocked (privacy settings); memory still works.
  }
}

/** The Idempotency-Key of this booking attempt: one per appointment, made on first use. */
export function paymentKeyFor(appointmentId: string): string {
  const stored = memory.get(appointmentId) ?? storage()?.getItem(PREFIX + appointmentId)
  if (stored) return stored
  const key = `pay-${crypto.randomUUID()}`
  memory.set(appointmentId, key)
  storage()?.setItem(PREFIX + appointmentId, key)
  return key
}
