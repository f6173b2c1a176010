import { type Query, useQuery } from '@tanstack/react-query'
import type { SignedLink } from '@yektayar/shared/types'
import { useState } from 'react'
import { apiFetch } from './api-fetch.ts'
import { apiUrl, usesBearerToken } from './api-transport.ts'

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const FILE = new RegExp(`^/api/v1/files/(${UUID})(/fallback)?$`, 'i')
const CALENDAR = new RegExp(`^/api/v1/appointments/(${UUID})/calendar\\.ics$`, 'i')

/** An address that needs the session, and where the API signs a link to it. */
interface Signable {
  key: string
  linkPath: string
  /** An image's JPEG copy: the same link's `fallbackUrl`. */
  fallback: boolean
}

/** The API's downloads that need the session; anything else (public pictures) needs nothing. */
function signableOf(path: string): Signable | null {
  const file = FILE.exec(path)
  if (file) {
    const linkPath = `/api/v1/files/${file[1]}/link`
    return { key: `file:${file[1]}`, linkPath, fallback: file[2] !== undefined }
  }
  const calendar = CALENDAR.exec(path)
  if (calendar) {
    const linkPath = `/api/v1/appointments/${calendar[1]}/calendar-link`
    return { key: `calendar:${calendar[1]}`, linkPath, fallback: false }
  }
  return null
}

type Link = SignedLink & { fallbackUrl?: string | null }

interface KeptLink {
  link: Link
  /** Epoch ms after which it is no longer handed out: a fifth of its life before it ends. */
  freshUntil: number
}

async function fetchLink(linkPath: string): Promise<KeptLink> {
  const asked = Date.now()
  const link = await apiFetch<Link>(linkPath, { method: 'POST' })
  const ends = Date.parse(link.expiresAt)
  return { link, freshUntil: ends - Math.min(60_000, (ends - asked) / 5) }
}

const msUntilStale = (query: Query<KeptLink>) =>
  Math.max(0, (query.state.data?.freshUntil ?? 0) - Date.now())

export interface SignedUrl {
  /** For src or href; undefined while a bearer client's link is on its way (or refused). */
  url: string | undefined
  /** For the element's onError: a link that failed (expired, say) is asked for once more. */
  onError: () => void
  /** A signed link on the API's origin: a <video> with a <track> then needs crossOrigin. */
  signed: boolean
}

const noop = () => {}

/**
 * A download that needs the session (a message's attachment, a document, course media, a
 * calendar file), as this client can put it in <img>, <video>, <track> or <a>. On the web the
 * address itself: the browser sends the session cookie. In the Android app, whose session is a
 * bearer token no element can send, a short-lived signed link from the API, asked for when
 * first shown and shared by every element showing the same file until shortly before it ends.
 * An element keeps the link it was given, so a playing video is never reloaded under the
 * viewer; `onError` fetches a new one. `keepFresh` renews the link ahead of its end instead:
 * for links, which load nothing until followed.
 */
export function useSignedUrl(
  path: string | null | undefined,
  options: { keepFresh?: boolean } = {},
): SignedUrl {
  const signable = path && usesBearerToken() ? signableOf(path) : null
  const keepFresh = options.keepFresh ?? false
  const query = useQuery({
    queryKey: ['signed-link', signable?.key],
    queryFn: () => fetchLink(signable?.linkPath ?? ''),
    enabled: signable !== null,
    staleTime: msUntilStale,
    refetchInterval: keepFresh ? (kept) => Math.max(1000, msUntilStale(kept)) : false,
  })
  const [shown, setShown] = useState<{ path: string; url: string }>()
  const [refused, setRefused] = useState<string>()
  if (!path || !signable)
    return { url: path ? apiUrl(path) : undefined, onError: noop, signed: false }

  const kept = query.data && query.data.freshUntil > Date.now() ? query.data.link : undefined
  const latest = kept && (signable.fallback ? (kept.fallbackUrl ?? undefined) : kept.url)
  const current = shown?.path === path ? shown.url : undefined
  if (latest && latest !== current && (!current || keepFresh || current === refused)) {
    setShown({ path, url: latest })
  }
  const onError = () => {
    if (!current || current === refused) return
    setRefused(current)
    // Two elements of one file (a picture's WebP and JPEG) failing together share one request.
    void query.refetch({ cancelRefetch: false })
  }
  return { url: current && apiUrl(current), onError, signed: true }
}
