import { randomBytes } from 'node:crypto'

/**
 * NODE_ENV=production plus every secret production refuses to start without, for tests that
 * check production-only behaviour (Secure cookies, no dev outbox).
 */
export function productionEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    NOTES_ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
    NOTIFICATION_UNSUBSCRIBE_SECRET: randomBytes(32).toString('base64url'),
    ...extra,
  }
}
