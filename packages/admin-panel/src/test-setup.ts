import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// The session layer asks the (stubbed) API who is signed in only when the readable CSRF cookie
// is there, as it is after a real sign-in; each test's stub answers signed in or not.
// biome-ignore lint/suspicious/noDocumentCookie: a test fixture standing in for the server's Set-Cookie
document.cookie = 'yy_csrf=test-csrf-token; path=/'

// Without vitest globals Testing Library cannot register its own cleanup, and a previous
// test's DOM would leak into the next one's queries.
afterEach(() => {
  cleanup()
  localStorage.clear()
})
