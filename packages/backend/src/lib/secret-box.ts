import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * AES-256-GCM for small secrets at rest (TOTP seeds): `v1.<iv>.<tag>.<ciphertext>`, base64url.
 * `context` is bound as associated data, so a ciphertext copied to another row does not open.
 */
export function sealSecret(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))
  return [VERSION, ...parts].join('.')
}

/** The plaintext, or null when the value was not sealed with this key and context. */
export function openSecret(key: Buffer, sealed: string, context: string): string | null {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    const authTag = Buffer.from(tag, 'base64url')
    if (authTag.length !== TAG_BYTES) return null
    decipher.setAuthTag(authTag)
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
    return plain.toString('utf8')
  } catch {
    return null
  }
}
