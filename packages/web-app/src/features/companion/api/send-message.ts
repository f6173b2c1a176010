import type { CompanionMessage, CompanionProviderChoice } from '@yektayar/shared/types'
import {
  ApiError,
  apiFetch,
  apiUrl,
  authorizationHeaders,
  csrfToken,
  currentLanguage,
  readApiAnswer,
  usesBearerToken,
} from '@yektayar/ui'
import { companionPaths } from './companion-keys.ts'

export interface SendBody {
  text: string
  clientMessageId: string
  provider: CompanionProviderChoice
}

/**
 * Sends a message asking for the streamed reply: the same cookie and CSRF header (or bearer
 * token) and language as apiFetch, with `Accept: text/event-stream`. Errors before the stream (quota, validation, a
 * reply already streaming) are problem+json and throw ApiError as apiFetch's do; a network
 * failure throws NETWORK_ERROR. The caller reads the body with companionEvents.
 */
export async function openReplyStream(
  conversationId: string,
  body: SendBody,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const headers = new Headers({
    Accept: 'text/event-stream',
    'Accept-Language': currentLanguage(),
    'Content-Type': 'application/json',
    ...authorizationHeaders(),
  })
  const csrf = usesBearerToken() ? undefined : csrfToken()
  if (csrf) headers.set('x-csrf-token', csrf)
  let response: Response
  try {
    response = await fetch(apiUrl(companionPaths.messages(conversationId)), {
      method: 'POST',
      headers,
      credentials: usesBearerToken() ? 'omit' : 'include',
      body: JSON.stringify(body),
      signal,
    })
  } catch (cause) {
    if (signal.aborted) throw cause
    const problem = {
      type: 'about:blank',
      title: 'NETWORK_ERROR',
      status: 0,
      code: 'NETWORK_ERROR',
    }
    throw new ApiError(problem, { cause })
  }
  if (!response.ok) await readApiAnswer(response)
  if (!response.body) {
    throw new ApiError({ type: 'about:blank', title: 'INTERNAL', status: 500, code: 'INTERNAL' })
  }
  return response.body
}

/** Stops the reply in flight; idempotent on the server. */
export function stopReply(conversationId: string): Promise<void> {
  return apiFetch<void>(companionPaths.stop(conversationId), { method: 'POST' })
}

export function fetchMessage(conversationId: string, messageId: string) {
  return apiFetch<CompanionMessage>(companionPaths.message(conversationId, messageId))
}

/** Waits between tries for a reply still streaming on the server after the connection dropped. */
export const RECONNECT_DELAYS_MS = [0, 800, 1500, 3000, 5000, 8000]

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The reply as stored once it has finished (complete, stopped or unavailable), asked for a few
 * times while the server still says `streaming`; null if it never finished in that time.
 */
export async function fetchFinishedReply(
  conversationId: string,
  replyId: string,
  delays: readonly number[] = RECONNECT_DELAYS_MS,
): Promise<CompanionMessage | null> {
  let lastError: unknown = null
  for (const delay of delays) {
    await wait(delay)
    try {
      const reply = await fetchMessage(conversationId, replyId)
      if (reply.status !== 'streaming') return reply
      lastError = null
    } catch (error) {
      lastError = error
    }
  }
  if (lastError) throw lastError
  return null
}
