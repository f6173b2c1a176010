import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { ConfigError } from './config-error.ts'
import { int, list, secret, urlWithDefault, withoutTrailingSlash } from './env-fields.ts'

/** Appointments, holds, cancellation and clinical-note keys. */
export const careEnvShape = {
  /**
   * `keyId:base64,keyId:base64…` of 32-byte AES-256-GCM keys; the first seals new notes, the
   * rest still open older ones (rotation). Required in production.
   */
  NOTES_ENCRYPTION_KEYS: secret(),
  APPOINTMENT_HOLD_MINUTES: int(15, { min: 1, max: 120 }),
  /** A patient may cancel a confirmed appointment until this many hours before it starts. */
  APPOINTMENT_FREE_CANCEL_HOURS: int(24, { min: 0, max: 720 }),
  /** Minutes before a confirmed appointment its patient is reminded, comma-separated. */
  APPOINTMENT_REMINDER_MINUTES: list(),
  /** Where generated video rooms live when a psychologist has no room link of their own. */
  ONLINE_ROOM_BASE_URL: urlWithDefault('https://meet.jit.si'),
}

type CareEnv = z.output<z.ZodObject<typeof careEnvShape>>

export interface NotesKey {
  id: string
  key: Buffer
}

export interface CareConfig {
  /** The first key is current; every key can still decrypt. */
  notesKeys: NotesKey[]
  /**
   * These three are the defaults of the dynamic keys care.holdMinutes, care.freeCancelHours and
   * care.reminderMinutesBefore; the appointment services read those (live-care-config.ts).
   */
  holdMinutes: number
  freeCancelHours: number
  /** Distinct, largest first; 24 h and 1 h unless configured. */
  reminderMinutesBefore: number[]
  onlineRoomBaseUrl: string
}

const DEFAULT_REMINDER_MINUTES = [24 * 60, 60]

/**
 * Development only: a fixed key anyone can derive from this source, so notes written on a
 * developer's machine are readable across restarts and worthless anywhere else.
 */
const DEV_NOTES_KEY: NotesKey = {
  id: 'dev',
  key: createHash('sha256').update('yektayar-development-notes-key').digest(),
}

export function careConfigOf(env: CareEnv, isProduction: boolean): CareConfig {
  if (isProduction && !env.NOTES_ENCRYPTION_KEYS) {
    throw new ConfigError('NOTES_ENCRYPTION_KEYS is required in production')
  }
  return {
    notesKeys: env.NOTES_ENCRYPTION_KEYS
      ? parseNotesKeys(env.NOTES_ENCRYPTION_KEYS)
      : [DEV_NOTES_KEY],
    holdMinutes: env.APPOINTMENT_HOLD_MINUTES,
    freeCancelHours: env.APPOINTMENT_FREE_CANCEL_HOURS,
    reminderMinutesBefore: parseReminderMinutes(env.APPOINTMENT_REMINDER_MINUTES),
    onlineRoomBaseUrl: withoutTrailingSlash(env.ONLINE_ROOM_BASE_URL),
  }
}

function parseReminderMinutes(values: string[]): number[] {
  if (values.length === 0) return DEFAULT_REMINDER_MINUTES
  const minutes = values.map(Number)
  // Whole minutes, at most 30 days ahead.
  if (minutes.some((m) => !Number.isInteger(m) || m < 1 || m > 30 * 24 * 60)) {
    throw new ConfigError('APPOINTMENT_REMINDER_MINUTES lists whole minutes, 1 to 43200')
  }
  return [...new Set(minutes)].sort((a, b) => b - a)
}

export function parseNotesKeys(value: string): NotesKey[] {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseKeyEntry)
  if (keys.length === 0) throw new ConfigError('NOTES_ENCRYPTION_KEYS names no key')
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    throw new ConfigError('NOTES_ENCRYPTION_KEYS repeats a key id')
  }
  return keys
}

function parseKeyEntry(entry: string): NotesKey {
  const separator = entry.indexOf(':')
  const id = entry.slice(0, separator)
  if (separator < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
    throw new ConfigError('NOTES_ENCRYPTION_KEYS entries look like keyId:base64key')
  }
  const key = Buffer.from(entry.slice(separator + 1), 'base64')
  if (key.length !== 32) {
    throw new ConfigError(`NOTES_ENCRYPTION_KEYS key ${id} must be 32 bytes (base64)`)
  }
  return { id, key }
}
