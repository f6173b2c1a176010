import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { EmailConfig } from '../integrations/email/create-email-sender.ts'
import type { SmsConfig } from '../integrations/sms/create-sms-sender.ts'
import { ConfigError } from './config-error.ts'
import { count, flag, int, secret, urlWithDefault, withoutTrailingSlash } from './env-fields.ts'

/** Sign-in, providers and limits. */
export const identityEnvShape = {
  /** Keys OTP hashes, CSRF tokens and signed links; 32+ characters, required in production. */
  AUTH_SECRET: secret(32),
  /** 32 bytes, base64 or hex; encrypts TOTP secrets at rest. Required in production. */
  TOTP_ENCRYPTION_KEY: secret(),
  SMS_PROVIDER: z.enum(['console', 'kavenegar']).default('console'),
  KAVENEGAR_API_KEY: secret(),
  KAVENEGAR_OTP_TEMPLATE: z.string().optional(),
  KAVENEGAR_SENDER: z.string().optional(),
  /** Kavenegar's REST API; tests point it at a local server speaking the same protocol. */
  KAVENEGAR_BASE_URL: urlWithDefault('https://api.kavenegar.com'),
  EMAIL_PROVIDER: z.enum(['console', 'smtp']).default('console'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  EMAIL_FROM: z.string().default('YektaYar <no-reply@yektayar.ir>'),
  /** GET /api/v1/dev/outbox; on by default outside production, refused with real providers. */
  DEV_OUTBOX: flag().optional(),
  OTP_TTL_SECONDS: count(120, 600),
  OTP_MAX_ATTEMPTS: count(5, 20),
  OTP_RESEND_COOLDOWN_SECONDS: count(60, 3600),
  OTP_MAX_PER_IDENTIFIER_PER_HOUR: count(6, 100),
  RATE_LIMIT_WINDOW_SECONDS: count(15 * 60, 24 * 3600),
  RATE_LIMIT_OTP_SEND_PER_IP: count(30),
  RATE_LIMIT_SIGN_IN_PER_IP: count(100),
  /** Requests per minute per IP without a session (directory, availability, callbacks…). */
  RATE_LIMIT_PUBLIC_PER_MINUTE: count(300, 100_000_000),
  LOGIN_MAX_FAILURES: count(10, 1000),
  LOGIN_LOCK_MINUTES: count(15, 24 * 60),
  /** Seconds a resolved session is reused without the database; 0 turns the cache off. */
  SESSION_CACHE_SECONDS: int(10, { min: 0, max: 300 }),
  /** A socket that connected without a token has this long to send `authenticate`. */
  SOCKET_AUTHENTICATE_TIMEOUT_MS: int(10_000, { min: 100, max: 60_000 }),
  /** Bearer token for GET /metrics; without it /metrics is off in production. */
  METRICS_TOKEN: secret(16),
}

type IdentityEnvSchema = z.ZodObject<typeof identityEnvShape>
type IdentityEnv = z.output<IdentityEnvSchema>

export interface IdentityConfig {
  authSecret: string
  totpEncryptionKey: Buffer
  sms: SmsConfig
  email: EmailConfig
  devOutbox: boolean
  otp: { ttlSeconds: number; maxAttempts: number; cooldownSeconds: number; maxPerHour: number }
  limits: {
    windowSeconds: number
    otpSendPerIp: number
    signInPerIp: number
    publicPerMinute: number
    loginMaxFailures: number
    loginLockMinutes: number
  }
  sessionCacheSeconds: number
  socketAuthenticateTimeoutMs: number
  metricsToken?: string
}

// Fixed development secrets: anything signed with them is worthless outside a developer's machine.
const DEV_AUTH_SECRET = 'yektayar-development-auth-secret-not-for-production'
const DEV_TOTP_KEY = createHash('sha256').update('yektayar-development-totp-key').digest()

export function identityConfigOf(env: IdentityEnv, isProduction: boolean): IdentityConfig {
  if (isProduction && !env.AUTH_SECRET)
    throw new ConfigError('AUTH_SECRET is required in production')
  if (isProduction && !env.TOTP_ENCRYPTION_KEY) {
    throw new ConfigError('TOTP_ENCRYPTION_KEY is required in production')
  }
  const sms = smsConfigOf(env)
  const email = emailConfigOf(env)
  const realProvider = sms.provider !== 'console' || email.provider !== 'console'
  // The outbox shows sign-in codes to anyone who asks; never beside providers that reach people.
  if (env.DEV_OUTBOX === true && realProvider) {
    throw new ConfigError('DEV_OUTBOX cannot be enabled together with a real SMS or email provider')
  }
  return {
    authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
    totpEncryptionKey: env.TOTP_ENCRYPTION_KEY ? parseKey(env.TOTP_ENCRYPTION_KEY) : DEV_TOTP_KEY,
    sms,
    email,
    devOutbox: env.DEV_OUTBOX ?? (!isProduction && !realProvider),
    otp: {
      ttlSeconds: env.OTP_TTL_SECONDS,
      maxAttempts: env.OTP_MAX_ATTEMPTS,
      cooldownSeconds: env.OTP_RESEND_COOLDOWN_SECONDS,
      maxPerHour: env.OTP_MAX_PER_IDENTIFIER_PER_HOUR,
    },
    limits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      otpSendPerIp: env.RATE_LIMIT_OTP_SEND_PER_IP,
      signInPerIp: env.RATE_LIMIT_SIGN_IN_PER_IP,
      publicPerMinute: env.RATE_LIMIT_PUBLIC_PER_MINUTE,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginLockMinutes: env.LOGIN_LOCK_MINUTES,
    },
    sessionCacheSeconds: env.SESSION_CACHE_SECONDS,
    socketAuthenticateTimeoutMs: env.SOCKET_AUTHENTICATE_TIMEOUT_MS,
    metricsToken: env.METRICS_TOKEN,
  }
}

function smsConfigOf(env: IdentityEnv): SmsConfig {
  if (env.SMS_PROVIDER === 'console') return { provider: 'console' }
  if (!env.KAVENEGAR_API_KEY) throw new ConfigError('KAVENEGAR_API_KEY is required for Kavenegar')
  return {
    provider: 'kavenegar',
    kavenegar: {
      apiKey: env.KAVENEGAR_API_KEY,
      otpTemplate: env.KAVENEGAR_OTP_TEMPLATE,
      sender: env.KAVENEGAR_SENDER,
      baseUrl: withoutTrailingSlash(env.KAVENEGAR_BASE_URL),
    },
  }
}

function emailConfigOf(env: IdentityEnv): EmailConfig {
  if (env.EMAIL_PROVIDER === 'console') return { provider: 'console' }
  if (!env.SMTP_URL) throw new ConfigError('SMTP_URL is required for the smtp email provider')
  return { provider: 'smtp', smtp: { url: env.SMTP_URL, from: env.EMAIL_FROM } }
}

function parseKey(value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : Buffer.from(value, 'base64')
  if (key.length !== 32)
    throw new ConfigError('TOTP_ENCRYPTION_KEY must be 32 bytes (base64 or hex)')
  return key
}
