import { z } from 'zod'
import { definitionOf } from './config-key-definition.ts'

/**
 * Clinical safety (DESIGN §11). Who is on call is not a setting: the safety module keeps that
 * rota (GET/PUT /safety/on-call), with its own rule that everyone on it may respond.
 */
export const safetyConfigKeys = {
  'safety.escalateAfterSeconds': definitionOf({
    group: 'safety',
    schema: z.number().int().min(10).max(3600),
    fallback: { from: 'env', read: (config) => config.safety.escalateAfterMs / 1000 },
    description: {
      fa: 'هشدار بحرانی که در این چند ثانیه کسی آن را نپذیرد، به نفر بعدی فهرست کشیک و به مدیران می‌رسد. برای هشدارها و گام‌هایی که از این پس زمان‌بندی می‌شوند.',
      en: 'A crisis alert nobody acknowledges within this many seconds goes to the next person on call and to admins. Applies to alerts and steps timed from now on.',
    },
    sensitive: false,
  }),
}
