import { offerUpdate } from './update-state.ts'

// A tab or installed app can stay open for days; look for a new version now and then.
const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker once the page has loaded and the main thread is idle, so
 * neither workbox-window nor the precache downloads (half a megabyte) compete with the first
 * screen on a slow phone. Production builds only: in development a service worker would
 * serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = async () => {
    const { registerSW } = await import('virtual:pwa-register')
    const updateServiceWorker = registerSW({
      onNeedRefresh: () => offerUpdate(() => updateServiceWorker(true)),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return
        setInterval(() => {
          if (navigator.onLine) void registration.update()
        }, UPDATE_CHECK_MS)
      },
    })
  }
  // Safari has no requestIdleCallback.
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void register(), { timeout: 5_000 })
      : setTimeout(() => void register(), 1_000)
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
