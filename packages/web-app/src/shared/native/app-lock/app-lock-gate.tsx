import { App } from '@capacitor/app'
import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { currentLockSettings, subscribeLockSettings } from './app-lock-store.ts'
import { locksOnReturn } from './lock-policy.ts'
import { LockScreen } from './lock-screen.tsx'

export interface AppLockGateProps {
  /** Locked from the first frame when the lock is on, so nothing shows before it. */
  initiallyLocked: boolean
  children: ReactNode
}

/**
 * The Android app's lock (discreet mode on a shared phone): over the app at start and when the
 * person comes back after the chosen timeout. The app stays mounted underneath, hidden, so a
 * half-written message survives a lock.
 */
export function AppLockGate({ initiallyLocked, children }: AppLockGateProps) {
  const settings = useSyncExternalStore(subscribeLockSettings, currentLockSettings)
  const [locked, setLocked] = useState(initiallyLocked)
  // When the unlocked app was left; null while locked or just unlocked, so the pause that a
  // biometric prompt or a new setting's own prompt causes never locks the app again.
  const awaySince = useRef<number | null>(null)

  useEffect(() => subscribeLockSettings(() => (awaySince.current = null)), [])
  useEffect(() => {
    const listener = App.addListener('appStateChange', ({ isActive }) => {
      if (!isActive) {
        if (!locked) awaySince.current = Date.now()
        return
      }
      const since = awaySince.current
      awaySince.current = null
      if (since !== null && locksOnReturn(currentLockSettings(), since, Date.now())) setLocked(true)
    })
    return () => void listener.then((handle) => handle.remove())
  }, [locked])

  const showLock = locked && settings !== null
  return (
    <>
      <div hidden={showLock}>{children}</div>
      {showLock && (
        <LockScreen
          settings={settings}
          onUnlocked={() => {
            awaySince.current = null
            setLocked(false)
          }}
        />
      )}
    </>
  )
}
