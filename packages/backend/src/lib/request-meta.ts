import type { FastifyRequest } from 'fastify'
import type { Locale } from './app-error.ts'
import { localeOf } from './locale.ts'

/** What services record about the caller (audit rows, session metadata) and answer in. */
export interface RequestMeta {
  /** Client address; X-Forwarded-For counts only from TRUSTED_PROXIES (Fastify trustProxy). */
  ip: string
  userAgent?: string
  locale: Locale
}

export function requestMetaOf(request: FastifyRequest): RequestMeta {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'],
    locale: localeOf(request),
  }
}
