import { createMemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { whenRouterReady } from './router.tsx'

const Page = () => null

describe('whenRouterReady', () => {
  it('waits for the first page’s lazy chunk before the app renders', async () => {
    let loadPage: (() => void) | undefined
    const router = createMemoryRouter([
      {
        path: '/',
        lazy: () =>
          new Promise((resolve) => {
            loadPage = () => resolve({ Component: Page })
          }),
      },
    ])
    let ready = false
    const waiting = whenRouterReady(router).then(() => {
      ready = true
    })

    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(ready).toBe(false)

    loadPage?.()
    await waiting
    expect(router.state.initialized).toBe(true)
  })

  it('resolves at once for a router that is already initialised', async () => {
    const router = createMemoryRouter([{ path: '/', Component: Page }])
    await whenRouterReady(router)
    expect(router.state.initialized).toBe(true)
  })
})
