import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { SessionInfo } from '@yektayar/shared/types'
import { ME_KEY } from '../session/api/me.ts'
import { SESSION_KEY } from '../session/api/session.ts'

/**
 * A copy of what the signed-in person has already seen, kept in localStorage so that a reload
 * without a connection still shows who they are and their last screens (issue 14, item 17).
 *
 * What may be kept is decided for a shared phone: anyone holding the phone while the session
 * cookie lives can open the app and see the same things online, so keeping them adds nothing
 * to what that person sees, as long as the copy goes when the session goes (sign-out, or the
 * server answering "signed out") and after MAX_AGE_MS. Two kinds of data are never kept,
 * whatever an app asks: clinical notes (each read of a private note is audited, and a copy on
 * the device would be read without a trace) and conversations (what a patient writes to their
 * psychologist, which a shared phone's next user could read in storage). Queries marked
 * `meta: { sensitive: true }` are never kept either.
 */
export const OFFLINE_COPY_STORAGE_KEY = 'yektayar.offline-copy'
const FORMAT_VERSION = 1
/** Longer than a week away from the network and the copy is more misleading than useful. */
export const OFFLINE_COPY_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000
const NEVER_KEPT_SEGMENTS = new Set(['notes', 'messages'])
/** The session layer's own queries: without them nobody is signed in offline. */
const SESSION_QUERIES: readonly QueryKey[] = [SESSION_KEY, ME_KEY]
const SAVE_DELAY_MS = 300

export interface OfflineCopyOptions {
  /** Key prefixes of the app's queries that may be kept, e.g. `['appointments', 'list']`. */
  keep: readonly QueryKey[]
  storage?: Storage
  now?: () => number
}

/** One answer: its key, its data and when the server gave it (so it is stale on restore). */
type StoredQuery = [key: QueryKey, data: unknown, updatedAt: number]

// Plain key/data pairs rather than TanStack's dehydrate/hydrate: these would add their code
// to the first screen's JavaScript, which has no room for it (web-app initialJsBudget).
interface StoredCopy {
  version: number
  savedAt: number
  queries: StoredQuery[]
}

const startsWith = (key: QueryKey, prefix: QueryKey) =>
  prefix.length <= key.length && prefix.every((segment, index) => key[index] === segment)

/** Whether a query of this key and meta may be written to the device. */
export function mayKeepOffline(
  key: QueryKey,
  keep: readonly QueryKey[],
  meta?: Record<string, unknown>,
): boolean {
  if (meta?.sensitive === true) return false
  if (key.some((segment) => typeof segment === 'string' && NEVER_KEPT_SEGMENTS.has(segment))) {
    return false
  }
  return [...SESSION_QUERIES, ...keep].some((prefix) => startsWith(key, prefix))
}

const signedIn = (client: QueryClient) => Boolean(client.getQueryData<SessionInfo>(SESSION_KEY))

function save(
  client: QueryClient,
  { keep, storage = localStorage, now = Date.now }: OfflineCopyOptions,
) {
  if (!signedIn(client)) {
    storage.removeItem(OFFLINE_COPY_STORAGE_KEY)
    return
  }
  const queries = client
    .getQueryCache()
    .getAll()
    .filter(
      (query) =>
        query.state.status === 'success' && mayKeepOffline(query.queryKey, keep, query.meta),
    )
    .map((query): StoredQuery => [query.queryKey, query.state.data, query.state.dataUpdatedAt])
  const copy: StoredCopy = { version: FORMAT_VERSION, savedAt: now(), queries }
  try {
    storage.setItem(OFFLINE_COPY_STORAGE_KEY, JSON.stringify(copy))
  } catch {
    // Storage full or refused (private mode): the app works as before, only not offline.
  }
}

function read(storage: Storage, now: number): StoredCopy | null {
  try {
    const copy = JSON.parse(
      storage.getItem(OFFLINE_COPY_STORAGE_KEY) ?? 'null',
    ) as StoredCopy | null
    if (copy?.version !== FORMAT_VERSION || now - copy.savedAt > OFFLINE_COPY_MAX_AGE_MS)
      return null
    return copy
  } catch {
    return null
  }
}

/**
 * Puts the kept copy back into the cache (before the first render, so a signed-in person never
 * sees the signed-out header), then keeps it up to date as queries change. The restored
 * answers are stale, so the app asks again as soon as it is online. Returns the unsubscribe.
 */
export function keepOfflineCopy(client: QueryClient, options: OfflineCopyOptions): () => void {
  const { storage = localStorage, now = Date.now } = options
  // Kept screens must outlive TanStack's five idle minutes in memory too, or they would drop out
  // of the copy the next time it is written. Set first, so the restored ones keep it too.
  for (const prefix of [...SESSION_QUERIES, ...options.keep]) {
    client.setQueryDefaults(prefix, { gcTime: OFFLINE_COPY_MAX_AGE_MS })
  }
  const copy = read(storage, now())
  if (!copy) storage.removeItem(OFFLINE_COPY_STORAGE_KEY)
  for (const [key, data, updatedAt] of copy?.queries ?? []) {
    client.setQueryData(key, data, { updatedAt })
  }
  // A kept answer may be seconds old yet already untrue (the session revoked from another
  // device): whatever shows it asks the server again as soon as it can.
  if (copy) void client.invalidateQueries({ refetchType: 'none' })
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = client.getQueryCache().subscribe(() => {
    clearTimeout(timer)
    timer = setTimeout(flush, SAVE_DELAY_MS)
  })
  // A link to another page (or closing the tab) right after an answer arrived must not lose it.
  function flush() {
    if (timer === undefined) return
    clearTimeout(timer)
    timer = undefined
    save(client, options)
  }
  window.addEventListener('pagehide', flush)
  return () => {
    clearTimeout(timer)
    unsubscribe()
    window.removeEventListener('pagehide', flush)
  }
}

/** Sign-out calls this at once: the page may close before the next save would run. */
export function clearOfflineCopy(storage: Storage = localStorage): void {
  storage.removeItem(OFFLINE_COPY_STORAGE_KEY)
}
