import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
} from '@yektayar/shared/types'
import { isUserId } from '../../shared/user-id.ts'
import type { DeliveryFilters } from './api/deliveries.ts'

const isChannel = (value: string | null): value is NotificationChannel =>
  (NOTIFICATION_CHANNELS as readonly string[]).includes(value ?? '')
const isStatus = (value: string | null): value is DeliveryStatus =>
  (DELIVERY_STATUSES as readonly string[]).includes(value ?? '')

/**
 * The log's filters live in the address (a link to "failed SMS of this person" can be shared);
 * anything in it the API would refuse is left out rather than answered with an error.
 */
export function filtersFromSearch(search: URLSearchParams): DeliveryFilters {
  const userId = search.get('userId') ?? ''
  const channel = search.get('channel')
  const status = search.get('status')
  return {
    ...(isUserId(userId) ? { userId: userId.toLowerCase() } : {}),
    ...(isChannel(channel) ? { channel } : {}),
    ...(isStatus(status) ? { status } : {}),
  }
}

export function searchFromFilters(filters: DeliveryFilters): URLSearchParams {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value)
  return search
}
