import { z } from 'zod'
import { list } from './env-fields.ts'

// A SHA-256 certificate fingerprint as keytool and apksigner print it: 32 bytes, colon-separated.
const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/

/** The Android app (packages/mobile-app, docs/MOBILE.md): what its App Links are checked against. */
export const mobileEnvShape = {
  /** The app's package name, as in capacitor.config.ts. */
  ANDROID_APP_ID: z
    .string()
    .regex(/^[a-z][\w]*(\.[a-z][\w]*)+$/i, 'must be an Android package name, e.g. ir.yektayar.app')
    .default('ir.yektayar.app'),
  /**
   * SHA-256 fingerprints of the certificates the app is signed with (comma-separated; the
   * upload key and Play's app signing key when both sign). Unset: no assetlinks.json, so
   * Android never opens https links in the app, and the custom scheme still works.
   */
  ANDROID_CERT_SHA256: list().pipe(
    z.array(
      z
        .string()
        .transform((value) => value.toUpperCase())
        .pipe(z.string().regex(FINGERPRINT, 'must be SHA-256 fingerprints like AB:CD:…:EF')),
    ),
  ),
}

type MobileEnv = z.output<z.ZodObject<typeof mobileEnvShape>>

export interface MobileConfig {
  androidAppId: string
  androidCertSha256: string[]
}

export function mobileConfigOf(env: MobileEnv): MobileConfig {
  return { androidAppId: env.ANDROID_APP_ID, androidCertSha256: env.ANDROID_CERT_SHA256 }
}
