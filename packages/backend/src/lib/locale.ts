import type { FastifyRequest } from 'fastify'
import type { Locale } from './app-error.ts'

/** Persian unless the client prefers English (Accept-Language, first matching tag wins). */
export function localeOf(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language']
  if (!header) return 'fa'
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? ''
    if (tag.startsWith('fa')) return 'fa'
    if (tag.startsWith('en')) return 'en'
  }
  return 'fa'
}
