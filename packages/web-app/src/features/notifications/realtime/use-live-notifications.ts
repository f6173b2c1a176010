import { useQueryClient } from '@tanstack/react-query'
import type { NotificationNewEvent, NotificationView, UnreadCount } from '@yektayar/shared/types'
import { useEffect } from 'react'
import { appSocket } from '../../../shared/realtime/app-socket.ts'
import { prependNotification, setUnreadCount } from '../api/notification-cache.ts'
import { notificationKeys } from '../api/notification-keys.ts'

/**
 * While signed in: the server's notification events keep the badge and an open centre current
 * in every tab. After a reconnect the server may not replay what it sent meanwhile, so the
 * count and the list are asked for again.
 */
export function useLiveNotifications(onNew: (notification: NotificationView) => void) {
  const queryClient = useQueryClient()
  useEffect(() => {
    const socket = appSocket()
    const onNotification = (event: NotificationNewEvent) => {
      setUnreadCount(queryClient, event.unreadCount)
      prependNotification(queryClient, event.notification)
      onNew(event.notification)
    }
    // Read in another tab or on another device: the badge follows, and so does an open list.
    const onRead = (event: UnreadCount) => {
      setUnreadCount(queryClient, event.unreadCount)
      void queryClient.invalidateQueries({ queryKey: notificationKeys.list })
    }
    const onReconnect = () => {
      if (socket.recovered) return
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all })
    }
    socket.on('notification:new', onNotification)
    socket.on('notification:read', onRead)
    socket.on('connect', onReconnect)
    return () => {
      socket.off('notification:new', onNotification)
      socket.off('notification:read', onRead)
      socket.off('connect', onReconnect)
    }
  }, [queryClient, onNew])
}
