import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient, keepOfflineCopy } from '@yektayar/ui'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { OFFLINE_KEYS } from './offline-keys.ts'
import type { AppRouter } from './router.tsx'

export interface AppProps {
  /** Created by main.tsx, which waits for the first page's code before rendering. */
  router: AppRouter
}

export function App({ router }: AppProps) {
  // Created once per mounted app, so tests and hot reloads never share a cache.
  const [queryClient] = useState(createOfflineQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}

/** The cache starts from what was kept offline, before the first render (see keepOfflineCopy). */
function createOfflineQueryClient() {
  const client = createQueryClient()
  // Lives as long as the client, that is the page: nothing to unsubscribe.
  keepOfflineCopy(client, { keep: OFFLINE_KEYS })
  return client
}
