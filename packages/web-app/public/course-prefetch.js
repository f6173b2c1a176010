// Asks for the course while the app's JavaScript is still downloading. A course or lesson page
// paints nothing of its own before this answer, and the app would ask only once it has run:
// on a phone's network, a second or more later. Loaded by the route documents of those pages
// (tools/route-documents.ts); the app takes the answer as its own
// (src/shared/api/prefetched-answer.ts). Asked as apiFetch asks: the session cookie, the
// person's language, JSON.
;(() => {
  const match = /^\/courses\/([^/]+)(?:\/lessons\/[^/]+)?\/?$/.exec(location.pathname)
  if (!match) return
  let courseId
  try {
    courseId = decodeURIComponent(match[1])
  } catch {
    return
  }
  let language = 'fa'
  try {
    const stored = localStorage.getItem('yektayar.language')
    if (stored === 'fa' || stored === 'en') language = stored
  } catch {
    // Storage refused (private mode): the default language, as the app would use.
  }
  const path = `/api/v1/courses/${encodeURIComponent(courseId)}`
  globalThis.__yektayarPrefetch ??= {}
  globalThis.__yektayarPrefetch[path] = fetch(path, {
    credentials: 'include',
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': language },
  })
})()
