import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// As after a sign-in: the app asks the (stubbed) API for the session only when the readable
// CSRF cookie is there (see packages/ui/src/session/api/session.ts).
// biome-ignore lint/suspicious/noDocumentCookie: a test fixture standing in for the server's Set-Cookie
document.cookie = 'yy_csrf=test-csrf-token; path=/'

// Without vitest globals Testing Library cannot register its own cleanup, and a previous
// test's DOM would leak into the next one's queries.
afterEach(() => {
  cleanup()
  localStorage.clear()
})
