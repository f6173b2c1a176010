import { AppError } from './app-error.ts'

/** Keyset cursors: opaque to clients, `<ISO time>|<uuid>` in base64url. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const createdAt = new Date(time ?? '')
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', 'bad cursor', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    })
  }
  return { createdAt, id }
}
