import { featureBoundaryViolations } from '@yektayar/ui/testing/feature-boundaries'
import { describe, expect, it } from 'vitest'

describe('feature boundaries (DESIGN.md §5)', () => {
  it('no feature imports another, and src/shared imports no feature', () => {
    expect(featureBoundaryViolations(`${import.meta.dirname}/..`)).toEqual([])
  })
})
