import { GAD7 } from './gad7.ts'
import type { InstrumentDefinition } from './instrument.ts'
import { IPIP50 } from './ipip50.ts'
import { PHQ9 } from './phq9.ts'

/** Every instrument the platform offers, upserted at every boot. */
export const INSTRUMENTS: InstrumentDefinition[] = [PHQ9, GAD7, IPIP50]
