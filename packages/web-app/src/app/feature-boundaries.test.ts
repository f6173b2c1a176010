import { featureBoundaryViolations } from '@yektayar/ui/testing/feature-boundaries'
import { describe, expect, it } from 'vitest'

describe('feature boundaries (docs/ARCHITECTURE.md, front ends)', () => {
  it('no feature imports another, and src/shared imports no feature', () => {
    expect(featureBoundaryViolations(`${import.meta.dirname}/..`)).toEqual([])
  })
})
