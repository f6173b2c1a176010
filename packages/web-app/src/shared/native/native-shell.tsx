import { App } from '@capacitor/app'
import { LocalNotifications } from '@capacitor/local-notifications'
import { StatusBar, Style } from '@capacitor/status-bar'
import { configureApiTransport, safeNextPath } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { API_BASE_URL } from './api-base-url.ts'
import { appPathOf } from './app-links.ts'
import { AppLockGate } from './app-lock/app-lock-gate.tsx'
import { loadLockSettings } from './app-lock/app-lock-store.ts'
import { addNativeMessages } from './native-messages.ts'
import { keepSessionToken, loadSessionToken } from './session-token-store.ts'

/**
 * The Android app's start (docs/MOBILE.md), loaded by main.tsx only inside the app: the web
 * build never downloads this chunk or any Capacitor plugin.
 */
export interface NativeShell {
  /** Wraps the app: the lock, locked from the first frame when it is on. */
  frame: (app: ReactNode) => ReactNode
  /** Once the router exists: the back button, links that open the app, notification taps. */
  attach: (navigate: (path: string) => void) => void
}

/** Before the first request: the API's origin, the token kept from the last sign-in, the lock. */
export async function startNativeShell(): Promise<NativeShell> {
  const [token, lock] = await Promise.all([loadSessionToken(), loadLockSettings()])
  configureApiTransport({ baseUrl: API_BASE_URL, keepSessionToken }, token)
  void matchStatusBar()
  return {
    frame: (app) => {
      // Once i18n has started (main.tsx): the lock's and the reminders' strings.
      addNativeMessages()
      return <AppLockGate initiallyLocked={lock !== null}>{app}</AppLockGate>
    },
    attach: listenToAndroid,
  }
}

function listenToAndroid(navigate: (path: string) => void): void {
  // Android's back button walks the app's own history; on its first page it leaves the app.
  void App.addListener('backButton', ({ canGoBack }) => {
    if (canGoBack) window.history.back()
    else void App.exitApp()
  })
  const open = (url: string) => {
    const path = appPathOf(url)
    if (path) navigate(path)
  }
  // A link that opened the app while it ran (the payment gateway's return), or started it.
  void App.addListener('appUrlOpen', ({ url }) => open(url))
  void App.getLaunchUrl().then((launch) => launch && open(launch.url))
  void LocalNotifications.addListener('localNotificationActionPerformed', ({ notification }) => {
    const path = safeNextPath(String(notification.extra?.path ?? ''))
    if (path) navigate(path)
  })
}

/** The status bar in the header's colours, light or dark as the page is. */
async function matchStatusBar(): Promise<void> {
  const root = document.documentElement
  const dark =
    root.classList.contains('dark') ||
    (!root.classList.contains('light') && matchMedia('(prefers-color-scheme: dark)').matches)
  await StatusBar.setStyle({ style: dark ? Style.Dark : Style.Light })
  await StatusBar.setBackgroundColor({ color: dark ? '#15201d' : '#ffffff' }).catch(() => undefined)
}
