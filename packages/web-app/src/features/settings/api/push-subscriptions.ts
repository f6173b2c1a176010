import type { PushConfig, PushSubscriptionBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** The server's VAPID public key, or null when it cannot send push. */
export async function fetchPushKey(): Promise<string | null> {
  return (await apiFetch<PushConfig>('/api/v1/notifications/push-config')).publicKey
}

export function savePushSubscription(body: PushSubscriptionBody): Promise<unknown> {
  return apiFetch('/api/v1/notifications/push-subscriptions', { method: 'POST', body })
}

export function deletePushSubscription(endpoint: string): Promise<unknown> {
  return apiFetch('/api/v1/notifications/push-subscriptions', {
    method: 'DELETE',
    body: { endpoint },
  })
}
