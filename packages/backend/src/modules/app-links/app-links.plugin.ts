import { modulePlugin } from '../../lib/module-plugin.ts'
import { assetLinksRoutes } from './asset-links.routes.ts'

/** What the Android app needs from its host, at the root like the probes (no session). */
export const appLinksPlugin = modulePlugin('app-links', [], async (app) => {
  await app.register(assetLinksRoutes)
})
