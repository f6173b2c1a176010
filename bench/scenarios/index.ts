import type { Scenario } from '../scenario.ts'
import { healthz } from './healthz.ts'
import { rawHello } from './raw-hello.ts'

/**
 * Run in this order, grouped by server in order of first appearance: each server starts once,
 * serves its scenarios, and stops before the next one starts.
 */
export const scenarios: Scenario[] = [rawHello, healthz]
