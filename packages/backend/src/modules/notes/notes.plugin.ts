import { modulePlugin } from '../../lib/module-plugin.ts'
import { noteRoutes } from './note.routes.ts'

/** Encrypted clinical notes of appointments. */
export const notesPlugin = modulePlugin(
  'notes',
  ['authenticate', 'audit', 'appointments'],
  async (app) => {
    await app.register(noteRoutes)
  },
)
