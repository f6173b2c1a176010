import { AppError } from '../../lib/app-error.ts'

/**
 * Keyset cursors of the thread list and the inbox: opaque base64url of
 * `<assigned 0|1>|<last message ISO time>|<thread id>`. Activity times are stored cut to
 * milliseconds, so the ISO time compares exactly.
 */
export interface ThreadCursor {
  assigned: boolean
  at: string
  id: string
}

export function encodeThreadCursor(cursor: ThreadCursor): string {
  return Buffer.from(`${cursor.assigned ? 1 : 0}|${cursor.at}|${cursor.id}`, 'utf8').toString(
    'base64url',
  )
}

export function decodeThreadCursor(value: string): ThreadCursor {
  const [flag, at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|')
  const valid =
    (flag === '0' || flag === '1') &&
    !!at &&
    !Number.isNaN(Date.parse(at)) &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id ?? '')
  if (!valid || !id || !at) {
    throw new AppError('VALIDATION_FAILED', 'bad cursor', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    })
  }
  return { assigned: flag === '1', at: new Date(at).toISOString(), id }
}
