import './index.css'
import { initTheme } from '@yektayar/ui'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { startAppI18n } from './app/i18n.ts'
import { registerServiceWorker } from './app/pwa/register-service-worker.ts'
import { createAppRouter, whenRouterReady } from './app/router.tsx'

// Both touch <html> (class, lang, dir) and must run before the first paint.
initTheme()
await startAppI18n()

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const router = createAppRouter()
await whenRouterReady(router)

// A transition lets React build the first screen in short slices rather than one long task,
// so a phone stays responsive to taps while it renders.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  )
})

registerServiceWorker()
