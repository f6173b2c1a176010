// Web Push for the generated service worker (vite.config.ts: workbox.importScripts). The server
// sends JSON exactly { id, title, body, link, lang }; `link` is an app path to open on click.
// Plain script: it runs in the service worker's global scope, outside the app's bundle.

const OPEN_BY_DEFAULT = '/notifications'

/** Only our own paths are followed: a payload can never send the person elsewhere. */
function appPathOf(link) {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//')
    ? link
    : OPEN_BY_DEFAULT
}

function payloadOf(event) {
  try {
    return event.data ? event.data.json() : null
  } catch {
    return null
  }
}

self.addEventListener('push', (event) => {
  const payload = payloadOf(event)
  if (!payload || typeof payload.title !== 'string') return
  const lang = payload.lang === 'en' ? 'en' : 'fa'
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: typeof payload.body === 'string' ? payload.body : '',
      // One notice per notification, even when the same one is pushed twice.
      tag: typeof payload.id === 'string' ? payload.id : undefined,
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      icon: '/icons/icon-192.png',
      badge: '/icons/maskable-192.png',
      data: { link: appPathOf(payload.link) },
    }),
  )
})

/** Focuses an open YektaYar tab and takes it to the link, or opens one there. */
async function openLink(path) {
  const url = new URL(path, self.location.origin).href
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin)
  if (!open) return self.clients.openWindow(url)
  const focused = await open.focus()
  // navigate() works only on a tab this worker controls (not before its first reload).
  try {
    return await focused.navigate(url)
  } catch {
    return self.clients.openWindow(url)
  }
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(openLink(appPathOf(event.notification.data?.link)))
})
