import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from '@yektayar/ui'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import type { AppRouter } from './router.tsx'

export interface AppProps {
  /** Created by main.tsx, which waits for the first page's code before rendering. */
  router: AppRouter
}

export function App({ router }: AppProps) {
  // Created once per mounted app, so tests and hot reloads never share a cache.
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
