import { featureBoundaryViolations } from '@yektayar/ui/testing/feature-boundaries'
import { describe, expect, it } from 'vitest'

/**
 * Imports of the session and sign-in code, which is moving to packages/ui (issue 13): allowed
 * only until that move lands, then this list is deleted.
 */
const UNTIL_SESSION_MOVES_TO_UI = new Set(['features/session', 'features/auth'])

describe('feature boundaries (DESIGN.md §5)', () => {
  it('no feature imports another, and src/shared imports no feature', () => {
    const violations = featureBoundaryViolations(`${import.meta.dirname}/..`).filter(
      (violation) => !UNTIL_SESSION_MOVES_TO_UI.has(violation.to),
    )
    expect(violations).toEqual([])
  })
})
