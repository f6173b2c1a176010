import { APPOINTMENT_ACTORS, APPOINTMENT_STATUSES } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import {
  decideTransition,
  OUTCOME_UNDO_MINUTES,
  outcomeUndoableUntil,
  type TransitionDecision,
} from './appointment-state-machine.ts'

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
  // Undo of a recorded outcome, by those who record it (the window is outcomeUndoableUntil's).
  ['completed', 'confirmed', ['forbidden', 'allowed', 'allowed', 'forbidden']],
  ['no_show', 'confirmed', ['forbidden', 'allowed', 'allowed', 'forbidden']],
]

describe('appointment state machine', () => {
  it.each(TABLE)('%s → %s', (from, to, decisions) => {
    const actual = APPOINTMENT_ACTORS.map((actor) =>
      decideTransition(from as never, to as never, actor),
    )
    expect(actual).toEqual(decisions)
  })

  it('treats cancelled as final for everyone, and an outcome as final but for its undo', () => {
    for (const from of ['completed', 'cancelled', 'no_show'] as const) {
      for (const to of APPOINTMENT_STATUSES) {
        if (from !== 'cancelled' && to === 'confirmed') continue
        for (const actor of APPOINTMENT_ACTORS) {
          expect(decideTransition(from, to, actor)).toBe('invalid')
        }
      }
    }
  })

  it('keeps an outcome undoable for OUTCOME_UNDO_MINUTES after it was recorded', () => {
    const at = new Date('2026-12-06T10:00:00Z')
    const until = outcomeUndoableUntil('completed', at)
    expect(until?.getTime()).toBe(at.getTime() + OUTCOME_UNDO_MINUTES * 60_000)
    expect(outcomeUndoableUntil('no_show', at)).toEqual(until)
    expect(outcomeUndoableUntil('confirmed', at)).toBeNull()
    expect(outcomeUndoableUntil('completed', null)).toBeNull()
  })
})
