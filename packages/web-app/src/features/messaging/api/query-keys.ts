/** Cache keys of messaging; the dashboard's unread total lives under ['threads'] too. */
export const threadKeys = {
  all: ['threads'] as const,
  list: ['threads', 'list'] as const,
  inbox: (filters: object) => ['threads', 'inbox', filters] as const,
  inboxAll: ['threads', 'inbox'] as const,
  detail: (id: string) => ['threads', 'detail', id] as const,
  messages: (id: string) => ['threads', 'messages', id] as const,
  unreadTotal: ['threads', 'unread-total'] as const,
  departments: ['departments'] as const,
}
