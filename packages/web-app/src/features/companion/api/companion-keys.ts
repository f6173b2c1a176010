/** Cache keys of the companion; everything lives under ['companion']. */
export const companionKeys = {
  all: ['companion'] as const,
  list: ['companion', 'list'] as const,
  conversation: (id: string) => ['companion', 'conversation', id] as const,
  messages: (id: string) => ['companion', 'messages', id] as const,
  usage: ['companion', 'usage'] as const,
  /** A psychologist's reading of what patients shared: apart from anything of their own. */
  sharedList: ['companion', 'shared', 'list'] as const,
  sharedMessages: (id: string) => ['companion', 'shared', 'messages', id] as const,
}

const BASE = '/api/v1/companion'

export const companionPaths = {
  conversations: `${BASE}/conversations`,
  conversation: (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}`,
  messages: (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}/messages`,
  message: (id: string, messageId: string) =>
    `${BASE}/conversations/${encodeURIComponent(id)}/messages/${encodeURIComponent(messageId)}`,
  stop: (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}/stop`,
  handoff: (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}/handoff`,
  usage: `${BASE}/usage`,
  shared: `${BASE}/shared`,
  sharedMessages: (id: string) => `${BASE}/shared/${encodeURIComponent(id)}/messages`,
}

/** A path with its query, leaving out what is not set. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
