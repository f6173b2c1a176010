import { createHash } from 'node:crypto'
import { z } from 'zod'
import { ConfigError } from './config-error.ts'
import { int, secret } from './env-fields.ts'

/**
 * The outside notification channels: Kavenegar lookup templates per notification template,
 * Web Push (VAPID) and the email unsubscribe links. The SMS and SMTP providers themselves are
 * the sign-in ones (identity-config.ts).
 */
export const channelsEnvShape = {
  /**
   * `templateKey:kavenegarTemplate,…`: notifications whose template key is listed go through
   * Kavenegar's verify/lookup with that approved template; the rest as plain SMS.
   */
  KAVENEGAR_NOTIFICATION_TEMPLATES: z.string().optional(),
  /** VAPID key pair (`npx web-push generate-vapid-keys`); Web Push is off without it. */
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)')
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)')
    .optional(),
  /** Who push services may contact about this sender: `mailto:…` or an https URL. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:.+|https:\/\/.+)$/, 'must be a mailto: or https: URL')
    .optional(),
  /** How long a push service keeps a notice for a device that is offline. */
  WEB_PUSH_TTL_SECONDS: int(6 * 3600, { min: 0, max: 28 * 24 * 3600 }),
  /** Signs the email unsubscribe links; at least 32 characters, required in production. */
  NOTIFICATION_UNSUBSCRIBE_SECRET: secret(32),
}

type ChannelsEnv = z.output<z.ZodObject<typeof channelsEnvShape>>

export interface VapidKeys {
  publicKey: string
  privateKey: string
  subject: string
}

export interface ChannelsConfig {
  /** Notification template key → Kavenegar template name. */
  smsTemplates: ReadonlyMap<string, string>
  /** null: Web Push is off on this server. */
  vapid: VapidKeys | null
  pushTtlSeconds: number
  unsubscribeSecret: string
}

// Development only: links signed with it are worthless outside a developer's machine.
const DEV_UNSUBSCRIBE_SECRET = createHash('sha256')
  .update('yektayar-development-unsubscribe-secret')
  .digest('base64url')

export function channelsConfigOf(env: ChannelsEnv, isProduction: boolean): ChannelsConfig {
  if (isProduction && !env.NOTIFICATION_UNSUBSCRIBE_SECRET) {
    throw new ConfigError('NOTIFICATION_UNSUBSCRIBE_SECRET is required in production')
  }
  return {
    smsTemplates: parseTemplateMap(env.KAVENEGAR_NOTIFICATION_TEMPLATES ?? ''),
    vapid: vapidOf(env),
    pushTtlSeconds: env.WEB_PUSH_TTL_SECONDS,
    unsubscribeSecret: env.NOTIFICATION_UNSUBSCRIBE_SECRET ?? DEV_UNSUBSCRIBE_SECRET,
  }
}

function vapidOf(env: ChannelsEnv): VapidKeys | null {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT } = env
  if (!publicKey && !privateKey) return null
  if (!publicKey || !privateKey) {
    throw new ConfigError('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together')
  }
  if (!VAPID_SUBJECT) throw new ConfigError('VAPID_SUBJECT is required with the VAPID keys')
  return { publicKey, privateKey, subject: VAPID_SUBJECT }
}

const TEMPLATE_ENTRY = /^([a-z0-9_.-]{1,100}):([A-Za-z0-9_-]{1,100})$/

function parseTemplateMap(value: string): ReadonlyMap<string, string> {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = TEMPLATE_ENTRY.exec(entry)
      if (!match) {
        throw new ConfigError(
          'KAVENEGAR_NOTIFICATION_TEMPLATES entries look like templateKey:kavenegarTemplate',
        )
      }
      return [match[1] as string, match[2] as string] as const
    })
  return new Map(entries)
}
