import type { PaymentReturn } from '@yektayar/shared/types'
import { isNativeApp } from './native-platform.ts'

/**
 * What to add to a payment's initiate body: in the Android app the gateway opens in the phone's
 * browser, so its return must be the /app/ result page that Android hands back to the app
 * (docs/MOBILE.md); the web's requests stay as they were.
 */
export function paymentReturnField(): { returnTo?: PaymentReturn } {
  return isNativeApp() ? { returnTo: 'app' } : {}
}
