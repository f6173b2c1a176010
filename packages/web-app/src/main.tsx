import './index.css'
import { configureApiTransport, initTheme } from '@yektayar/ui'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { startAppI18n } from './app/i18n.ts'
import { registerServiceWorker } from './app/pwa/register-service-worker.ts'
import { createAppRouter, whenRouterReady } from './app/router.tsx'
import { API_BASE_URL } from './shared/native/api-base-url.ts'
import { isNativeApp } from './shared/native/native-platform.ts'

// Both touch <html> (class, lang, dir) and must run before the first paint.
initTheme()
// Inside the Android app only (docs/MOBILE.md): its own chunk, with Capacitor's plugins, the
// API's origin and the kept session token, before the first request.
const native = isNativeApp()
  ? await (await import('./shared/native/native-shell.tsx')).startNativeShell()
  : undefined
if (!native && API_BASE_URL) configureApiTransport({ baseUrl: API_BASE_URL })
await startAppI18n()

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const router = createAppRouter()
native?.attach((path) => void router.navigate(path))
await whenRouterReady(router)

// A transition lets React build the first screen in short slices rather than one long task,
// so a phone stays responsive to taps while it renders.
startTransition(() => {
  const app = <App router={router} />
  createRoot(container).render(<StrictMode>{native ? native.frame(app) : app}</StrictMode>)
})

// The app's pages come from the device and update with it: a service worker would only serve
// stale copies of them there.
if (!native) registerServiceWorker()
