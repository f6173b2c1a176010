import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from '@yektayar/ui'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { createAppRouter } from './router.tsx'

export function App() {
  // Created once per mounted app, so tests and hot reloads never share a cache.
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createAppRouter())
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
