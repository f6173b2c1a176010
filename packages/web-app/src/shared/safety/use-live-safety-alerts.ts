import { useQueryClient } from '@tanstack/react-query'
import { SAFETY_ALERT_EVENT, type SafetyAlert } from '@yektayar/shared/types'
import { useEffect, useRef } from 'react'
import { appSocket } from '../realtime/app-socket.ts'
import { alertKeys, applyAlert } from './safety-alerts-api.ts'

/**
 * While a screen of alerts is open: each `safety:alert` the server sends this person's room
 * updates the loaded lists at once. After a reconnect the server may not replay what it sent
 * meanwhile, so the lists are asked for again.
 */
export function useLiveSafetyAlerts(onAlert?: (alert: SafetyAlert) => void) {
  const queryClient = useQueryClient()
  const latest = useRef(onAlert)
  latest.current = onAlert
  useEffect(() => {
    const socket = appSocket()
    const onEvent = (alert: SafetyAlert) => {
      applyAlert(queryClient, alert)
      latest.current?.(alert)
    }
    const onReconnect = () => {
      if (socket.recovered) return
      void queryClient.invalidateQueries({ queryKey: alertKeys.all })
    }
    socket.on(SAFETY_ALERT_EVENT, onEvent)
    socket.on('connect', onReconnect)
    return () => {
      socket.off(SAFETY_ALERT_EVENT, onEvent)
      socket.off('connect', onReconnect)
    }
  }, [queryClient])
}
