import { createContext, type ReactNode, useContext } from 'react'
import { DEFAULT_TIME_ZONE } from './date-time.ts'

const TimeZoneContext = createContext(DEFAULT_TIME_ZONE)

/** True for an IANA zone this browser knows; an unknown one would make Intl throw. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export interface TimeZoneProviderProps {
  /** The signed-in user's zone; missing or unknown falls back to Asia/Tehran. */
  timeZone?: string | null
  children: ReactNode
}

/** Set once near the root, so every date and slot on screen uses the same zone. */
export function TimeZoneProvider({ timeZone, children }: TimeZoneProviderProps) {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  return <TimeZoneContext value={zone}>{children}</TimeZoneContext>
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext)
}
