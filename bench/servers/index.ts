import { startAdminApp, startAdminAppUncached } from './admin-app.ts'
import { startApp } from './app.ts'
import { startCareApp } from './app-care.ts'
import { startCompanionApp, startCompanionRelay } from './companion-app.ts'
import { startCoursesApp, startCoursesAppUncached } from './courses-app.ts'
import { startFilesApp } from './files-app.ts'
import { startMessagingApache } from './messaging-apache.ts'
import {
  startMessagingApp,
  startMessagingAppUncached,
  startMessagingPair,
} from './messaging-app.ts'
import { startNotificationsApp, startNotificationsAppUncached } from './notifications-app.ts'
import { startRawNode } from './raw-node.ts'
import type { StartServer } from './server.ts'

/** Every server a scenario can target; the runner starts each one at most once per run. */
export const servers = {
  'raw-node': startRawNode,
  app: startApp,
  'messaging-app': startMessagingApp,
  'messaging-app-uncached': startMessagingAppUncached,
  'messaging-pair': startMessagingPair,
  'messaging-apache': startMessagingApache,
  'app-care': startCareApp,
  'notifications-app': startNotificationsApp,
  'notifications-app-uncached': startNotificationsAppUncached,
  'files-app': startFilesApp,
  'courses-app': startCoursesApp,
  'courses-app-uncached': startCoursesAppUncached,
  'companion-app': startCompanionApp,
  'companion-relay': startCompanionRelay,
  'admin-app': startAdminApp,
  'admin-app-uncached': startAdminAppUncached,
} satisfies Record<string, StartServer>

export type ServerName = keyof typeof servers
