import { modulePlugin } from '../../lib/module-plugin.ts'
import { holidayRoutes } from './holiday.routes.ts'
import { professionalRoutes } from './professional.routes.ts'

/** The directory, profiles, working hours and bookable slots of psychologists; the holidays. */
export const professionalsPlugin = modulePlugin(
  'professionals',
  ['authenticate', 'audit'],
  async (app) => {
    await app.register(professionalRoutes)
    await app.register(holidayRoutes)
  },
)
