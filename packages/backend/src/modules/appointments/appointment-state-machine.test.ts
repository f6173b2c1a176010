import { APPOINTMENT_ACTORS, APPOINTMENT_STATUSES } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { decideTransition, type TransitionDecision } from './appointment-state-machine.ts'

// from, to, and the decision for [patient, psychologist, admin, system].
const TABLE: [string, string, TransitionDecision[]][] = [
  ['pending', 'confirmed', ['forbidden', 'forbidden', 'allowed', 'allowed']],
  ['pending', 'cancelled', ['allowed', 'allowed', 'allowed', 'allowed']],
  ['pending', 'completed', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['pending', 'no_show', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['confirmed', 'completed', ['forbidden', 'allowed', 'allowed', 'forbidden']],
  ['confirmed', 'no_show', ['forbidden', 'allowed', 'allowed', 'forbidden']],
  ['confirmed', 'cancelled', ['allowed', 'allowed', 'allowed', 'allowed']],
  ['confirmed', 'pending', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['cancelled', 'confirmed', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['cancelled', 'pending', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['completed', 'cancelled', ['invalid', 'invalid', 'invalid', 'invalid']],
  ['no_show', 'completed', ['invalid', 'invalid', 'invalid', 'invalid']],
]

describe('appointment state machine', () => {
  it.each(TABLE)('%s → %s', (from, to, decisions) => {
    const actual = APPOINTMENT_ACTORS.map((actor) =>
      decideTransition(from as never, to as never, actor),
    )
    expect(actual).toEqual(decisions)
  })

  it('treats every final status as final for everyone', () => {
    for (const from of ['completed', 'cancelled', 'no_show'] as const) {
      for (const to of APPOINTMENT_STATUSES) {
        for (const actor of APPOINTMENT_ACTORS) {
          expect(decideTransition(from, to, actor)).toBe('invalid')
        }
      }
    }
  })
})
