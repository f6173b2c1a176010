import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Without vitest globals Testing Library cannot register its own cleanup, and a previous
// test's DOM would leak into the next one's queries.
afterEach(() => {
  cleanup()
  localStorage.clear()
})
