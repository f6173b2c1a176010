import { safeNextPath } from '@yektayar/ui'

/** App Links claim https://<host>/app/… (capacitor.config.ts, APP_LINK_PATH_PREFIX). */
export const APP_LINK_PREFIX = '/app'
/** yektayar://payments/result?… (capacitor.config.ts, CUSTOM_SCHEME). */
export const CUSTOM_SCHEME = 'yektayar:'

/**
 * The in-app path a link that opened the app stands for, or null for anything else: only the
 * App Links prefix of an https address and the custom scheme lead in, and only to a local path,
 * so a crafted link cannot send the app's WebView to another site.
 */
export function appPathOf(link: string): string | null {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.protocol === CUSTOM_SCHEME) {
    // yektayar://payments/result: the first segment parses as the host.
    const path = url.host ? `/${url.host}${url.pathname}` : url.pathname
    return safeNextPath(`${path || '/'}${url.search}`)
  }
  if (url.protocol !== 'https:') return null
  const { pathname, search } = url
  if (pathname !== APP_LINK_PREFIX && !pathname.startsWith(`${APP_LINK_PREFIX}/`)) return null
  return safeNextPath(`${pathname.slice(APP_LINK_PREFIX.length) || '/'}${search}`)
}
