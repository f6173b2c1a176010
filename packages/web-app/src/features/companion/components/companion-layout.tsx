import { useState } from 'react'
import { Outlet } from 'react-router'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { addCompanionMessages } from '../companion-messages.ts'
import { acknowledgeDisclaimer, useDisclaimerAcknowledged } from '../disclaimer-store.ts'
import { DisclaimerDialog } from './disclaimer-dialog.tsx'

/**
 * Around every companion page: its strings, and the disclaimer until it is acknowledged
 * (remembered on this device; the chat's header opens it again whenever wanted).
 */
export function CompanionLayout() {
  addCompanionMessages()
  const acknowledged = useDisclaimerAcknowledged()
  // Closed without "I understand": out of the way for now, shown again on the next visit.
  const [closed, setClosed] = useState(false)
  return (
    <ViewerTimeZone>
      <Outlet />
      {!acknowledged && !closed && (
        <DisclaimerDialog onClose={() => setClosed(true)} onAcknowledge={acknowledgeDisclaimer} />
      )}
    </ViewerTimeZone>
  )
}
