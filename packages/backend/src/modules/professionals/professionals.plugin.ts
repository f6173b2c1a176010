import { modulePlugin } from '../../lib/module-plugin.ts'
import { professionalRoutes } from './professional.routes.ts'

/** The directory, profiles, working hours and bookable slots of psychologists. */
export const professionalsPlugin = modulePlugin(
  'professionals',
  ['authenticate', 'audit'],
  async (app) => {
    await app.register(professionalRoutes)
  },
)
