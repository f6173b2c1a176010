/**
 * How requests reach the API. The web app is served by the API's own origin and its session is
 * the httpOnly cookie. The Android app (packages/mobile-app) runs from the WebView's own origin,
 * so it names the API's origin (VITE_API_BASE_URL) and sends the session token as
 * `Authorization: Bearer` (DESIGN §3), kept in the device's secure storage by the web app's
 * native layer, which configures this once at start-up.
 */
export interface ApiTransport {
  /** The API's origin, without a trailing slash; '' for the page's own origin. */
  baseUrl: string
  /**
   * Set for a client that keeps its session token (the Android app): told of the token of every
   * sign-in, and of null when the session ends. Without it the client uses the cookie only.
   */
  keepSessionToken?: (token: string | null) => void
}

let transport: ApiTransport = { baseUrl: '' }
let bearerToken: string | null = null

/** Called once before the first request; `token` is the one kept from an earlier start. */
export function configureApiTransport(next: ApiTransport, token: string | null = null): void {
  transport = { ...next, baseUrl: next.baseUrl.replace(/\/$/, '') }
  bearerToken = next.keepSessionToken ? token : null
}

/** An API path (`/api/v1/…`, `/socket.io`) as this client must ask for it. */
export function apiUrl(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${transport.baseUrl}${path}` : path
}

/** The API's origin for Socket.IO; undefined for the page's own. */
export function apiOrigin(): string | undefined {
  return transport.baseUrl || undefined
}

/** True for a client that authenticates with a bearer token rather than the cookie. */
export function usesBearerToken(): boolean {
  return Boolean(transport.keepSessionToken)
}

/** The session token of a bearer client while signed in; null otherwise (and on the web). */
export function currentBearerToken(): string | null {
  return bearerToken
}

/**
 * A sign-in answered `token`, or the session ended (null). Web clients ignore it: their session
 * is the httpOnly cookie, and a token held in script is one more thing a script could steal.
 */
export function rememberSessionToken(token: string | null): void {
  if (!transport.keepSessionToken || token === bearerToken) return
  bearerToken = token
  transport.keepSessionToken(token)
}

/** Authorization header of a bearer client, to add to any request to the API. */
export function authorizationHeaders(): Record<string, string> {
  return bearerToken ? { Authorization: `Bearer ${bearerToken}` } : {}
}
