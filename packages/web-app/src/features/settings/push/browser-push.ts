import type { PushSubscriptionBody } from '@yektayar/shared/types'
import {
  deletePushSubscription,
  fetchPushKey,
  savePushSubscription,
} from '../api/push-subscriptions.ts'

/** Whether this browser has Web Push at all (not iOS Safari outside an installed app, say). */
export function browserHasPush(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof window !== 'undefined' &&
    'PushManager' in window &&
    'Notification' in window
  )
}

/** The app's service worker, if this page has one (production builds register it). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  return (await navigator.serviceWorker.getRegistration()) ?? null
}

/** This browser's subscription, or null: the switch shows what is true on this device. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const worker = await registration()
  return worker ? worker.pushManager.getSubscription() : null
}

/** Why opting in did not happen, for the line under the switch. */
export type PushRefusal = 'denied' | 'noWorker' | 'unavailable' | 'failed'

export class PushOptInError extends Error {
  constructor(readonly reason: PushRefusal) {
    super(reason)
  }
}

/** VAPID keys travel as URL-safe base64; the browser wants the raw bytes. */
function keyBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/')
  const raw = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='))
  return Uint8Array.from(raw, (char) => char.charCodeAt(0))
}

/**
 * Asks the person's permission, subscribes through the service worker and gives the server the
 * subscription. Subscribing itself can fail where the browser's push service is unreachable
 * (Google's, for Chrome, from many Iranian networks): that is reported, not hidden.
 */
export async function optInToPush(): Promise<void> {
  const worker = await registration()
  if (!worker) throw new PushOptInError('noWorker')
  if ((await Notification.requestPermission()) !== 'granted') throw new PushOptInError('denied')
  const publicKey = await fetchPushKey()
  if (!publicKey) throw new PushOptInError('unavailable')
  let subscription: PushSubscription
  try {
    subscription = await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    })
  } catch {
    throw new PushOptInError('failed')
  }
  await savePushSubscription(subscription.toJSON() as PushSubscriptionBody)
}

/** Stops push on this device: the browser forgets the subscription, then the server does. */
export async function optOutOfPush(): Promise<void> {
  const subscription = await currentSubscription()
  if (!subscription) return
  const { endpoint } = subscription
  await subscription.unsubscribe()
  await deletePushSubscription(endpoint)
}
