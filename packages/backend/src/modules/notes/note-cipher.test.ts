import { randomBytes, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { careConfigOf, parseNotesKeys } from '../../config/care-config.ts'
import { ConfigError } from '../../config/config-error.ts'
import { needsRotation, openNote, sealNote } from './note-cipher.ts'

const key = (id: string) => ({ id, key: randomBytes(32) })

describe('note cipher', () => {
  it('round-trips Persian text and never stores it in the clear', () => {
    const keys = [key('k1')]
    const id = randomUUID()
    const sealed = sealNote(keys, id, 'بیمار از بی‌خوابی شکایت دارد')
    expect(sealed.keyId).toBe('k1')
    expect(Buffer.from(sealed.content, 'base64').toString('utf8')).not.toContain('بی‌خوابی')
    expect(openNote(keys, id, sealed)).toBe('بیمار از بی‌خوابی شکایت دارد')
  })

  it('opens notes sealed under an older key after rotation and seals new ones under the new key', () => {
    const k1 = key('k1')
    const id = randomUUID()
    const old = sealNote([k1], id, 'homework: sleep diary')
    const rotated = [key('k2'), k1]
    expect(openNote(rotated, id, old)).toBe('homework: sleep diary')
    expect(needsRotation(rotated, old.keyId)).toBe(true)
    expect(sealNote(rotated, id, 'x').keyId).toBe('k2')
  })

  it('refuses tampered ciphertext, another row, and a retired key', () => {
    const keys = [key('k1')]
    const id = randomUUID()
    const sealed = sealNote(keys, id, 'private')
    const raw = Buffer.from(sealed.content, 'base64')
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1
    expect(() => openNote(keys, id, { ...sealed, content: raw.toString('base64') })).toThrow()
    expect(() => openNote(keys, randomUUID(), sealed)).toThrow()
    expect(() => openNote([key('k9')], id, sealed)).toThrow(/not configured/)
  })
})

describe('NOTES_ENCRYPTION_KEYS', () => {
  const b64 = () => randomBytes(32).toString('base64')

  it('takes the first key as current', () => {
    const keys = parseNotesKeys(`k2:${b64()}, k1:${b64()}`)
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1'])
  })

  it('refuses short keys, repeated ids and malformed entries', () => {
    expect(() => parseNotesKeys(`k1:${randomBytes(16).toString('base64')}`)).toThrow(ConfigError)
    expect(() => parseNotesKeys(`k1:${b64()},k1:${b64()}`)).toThrow(ConfigError)
    expect(() => parseNotesKeys(b64())).toThrow(ConfigError)
  })

  it('is required in production and defaults to a fixed development key elsewhere', () => {
    const env = {
      APPOINTMENT_HOLD_MINUTES: 15,
      APPOINTMENT_FREE_CANCEL_HOURS: 24,
      APPOINTMENT_REMINDER_MINUTES: [],
    }
    const rest = { ...env, ONLINE_ROOM_BASE_URL: 'https://meet.jit.si' }
    expect(() => careConfigOf(rest, true)).toThrow(/required in production/)
    const first = careConfigOf(rest, false).notesKeys
    expect(first[0]?.id).toBe('dev')
    expect(careConfigOf(rest, false).notesKeys[0]?.key.equals(first[0]?.key as Buffer)).toBe(true)
  })
})
