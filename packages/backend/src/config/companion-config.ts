import { z } from 'zod'
import { ConfigError } from './config-error.ts'
import { count, int, secret, urlWithDefault } from './env-fields.ts'

/** The AI companion (issue 19). */
export const companionEnvShape = {
  /** offline (the embedded scripted companion) | openai-compatible (e.g. Pollinations). */
  COMPANION_PROVIDER: z.enum(['offline', 'openai-compatible']).default('offline'),
  /** The chat completions endpoint of an OpenAI-compatible provider. */
  COMPANION_API_URL: urlWithDefault('https://gen.pollinations.ai/v1/chat/completions'),
  COMPANION_MODEL: z.string().min(1).default('openai-fast'),
  /**
   * Sent as a bearer token; stays on the server and out of every log. The default of the
   * dynamic key companion.apiKey, which an admin may set instead.
   */
  COMPANION_API_KEY: secret(),
  /** Messages one person may send per hour and per day. */
  COMPANION_HOURLY_QUOTA: count(30, 10_000),
  COMPANION_DAILY_QUOTA: count(150, 100_000),
  /** Replies streaming at once on one instance; beyond it a send answers COMPANION_BUSY. */
  COMPANION_MAX_STREAMS: count(200, 100_000),
  /** Characters of earlier turns sent with each message (older ones are left out). */
  COMPANION_CONTEXT_CHARS: int(6000, { min: 500, max: 100_000 }),
  /** Milliseconds to wait for the provider's response headers, and between two chunks. */
  COMPANION_FIRST_BYTE_TIMEOUT_MS: int(15_000, { min: 100, max: 120_000 }),
  COMPANION_IDLE_TIMEOUT_MS: int(20_000, { min: 100, max: 120_000 }),
  /** Seconds a whole reply may take before it is stopped with what arrived. */
  COMPANION_REPLY_TIMEOUT_SECONDS: int(120, { min: 5, max: 600 }),
}

type CompanionEnv = z.output<z.ZodObject<typeof companionEnvShape>>

export interface CompanionSettings {
  provider: 'offline' | 'openai-compatible'
  apiUrl: string
  model: string
  apiKey: string | undefined
  hourlyQuota: number
  dailyQuota: number
  maxStreams: number
  contextChars: number
  firstByteTimeoutMs: number
  idleTimeoutMs: number
  replyTimeoutMs: number
}

/** An OpenAI-compatible provider without its key stops boot: the key never goes in a URL. */
export function companionConfigOf(env: CompanionEnv): CompanionSettings {
  if (env.COMPANION_PROVIDER === 'openai-compatible' && !env.COMPANION_API_KEY) {
    throw new ConfigError('COMPANION_API_KEY is required with COMPANION_PROVIDER=openai-compatible')
  }
  return {
    provider: env.COMPANION_PROVIDER,
    apiUrl: env.COMPANION_API_URL,
    model: env.COMPANION_MODEL,
    apiKey: env.COMPANION_API_KEY,
    hourlyQuota: env.COMPANION_HOURLY_QUOTA,
    // A day's quota below the hour's would make the hour's meaningless; the dynamic
    // configuration refuses it, and the environment's is raised to it.
    dailyQuota: Math.max(env.COMPANION_DAILY_QUOTA, env.COMPANION_HOURLY_QUOTA),
    maxStreams: env.COMPANION_MAX_STREAMS,
    contextChars: env.COMPANION_CONTEXT_CHARS,
    firstByteTimeoutMs: env.COMPANION_FIRST_BYTE_TIMEOUT_MS,
    idleTimeoutMs: env.COMPANION_IDLE_TIMEOUT_MS,
    replyTimeoutMs: env.COMPANION_REPLY_TIMEOUT_SECONDS * 1000,
  }
}
