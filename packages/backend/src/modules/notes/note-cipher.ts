import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { NotesKey } from '../../config/config.ts'

const IV_BYTES = 12
const TAG_BYTES = 16

export interface SealedNote {
  keyId: string
  /** base64 of iv ‖ tag ‖ ciphertext. */
  content: string
}

/**
 * AES-256-GCM under the current (first) key. The note's id is the associated data, so a
 * ciphertext copied onto another row no longer opens.
 */
export function sealNote(keys: NotesKey[], noteId: string, plaintext: string): SealedNote {
  const current = keys[0]
  if (!current) throw new Error('no notes encryption key configured')
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', current.key, iv)
  cipher.setAAD(Buffer.from(noteId, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return {
    keyId: current.id,
    content: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'),
  }
}

/** Opens a note sealed under any configured key; throws when the key is gone or data altered. */
export function openNote(keys: NotesKey[], noteId: string, sealed: SealedNote): string {
  const key = keys.find((k) => k.id === sealed.keyId)
  if (!key) throw new Error(`notes key ${sealed.keyId} is not configured`)
  const raw = Buffer.from(sealed.content, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, IV_BYTES))
  decipher.setAAD(Buffer.from(noteId, 'utf8'))
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([
    decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8')
}

/** Whether a row should be re-sealed under the current key (rotation). */
export function needsRotation(keys: NotesKey[], keyId: string | null): boolean {
  return keyId !== keys[0]?.id
}
