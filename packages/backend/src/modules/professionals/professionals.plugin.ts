import { modulePlugin } from '../../lib/module-plugin.ts'
import { clinicianRoutes } from './clinician.routes.ts'
import { holidayRoutes } from './holiday.routes.ts'
import { professionalRoutes } from './professional.routes.ts'

/**
 * The directory, profiles, working hours and bookable slots of psychologists; their verification
 * and listings (the admin panel's clinicians); the holidays.
 */
export const professionalsPlugin = modulePlugin(
  'professionals',
  ['authenticate', 'audit', 'config'],
  async (app) => {
    await app.register(professionalRoutes)
    await app.register(holidayRoutes)
    await app.register(clinicianRoutes)
  },
)
