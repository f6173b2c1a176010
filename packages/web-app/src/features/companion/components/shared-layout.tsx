import { Outlet } from 'react-router'
import { addAlertMessages } from '../../../shared/safety/alert-messages.ts'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { addCompanionMessages } from '../companion-messages.ts'

/**
 * Around a psychologist's reading of what patients shared: the companion's strings and the
 * safety reasons' words. No disclaimer dialog: that is for the person talking with it.
 */
export function SharedCompanionLayout() {
  addCompanionMessages()
  addAlertMessages()
  return (
    <ViewerTimeZone>
      <Outlet />
    </ViewerTimeZone>
  )
}
