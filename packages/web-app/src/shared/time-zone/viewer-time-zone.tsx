import { TimeZoneProvider, useMe } from '@yektayar/ui'
import type { ReactNode } from 'react'

/**
 * Dates and slots in the signed-in person's own zone (preferences.timeZone), Asia/Tehran
 * otherwise. Harmless if the shell provides the zone too: the value is the same.
 */
export function ViewerTimeZone({ children }: { children: ReactNode }) {
  const me = useMe()
  const zone = me.data?.preferences.timeZone
  return (
    <TimeZoneProvider timeZone={typeof zone === 'string' ? zone : null}>
      {children}
    </TimeZoneProvider>
  )
}
