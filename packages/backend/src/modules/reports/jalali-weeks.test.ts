import { describe, expect, it } from 'vitest'
import { reportWeeks } from './jalali-weeks.ts'

describe('reportWeeks', () => {
  it('ends with the Saturday-to-Friday week of now, in Tehran time', () => {
    // Friday 1405-09-21 at 22:00 in Tehran (18:30 UTC) is still the week of Saturday the 15th…
    const friday = reportWeeks(3, new Date('2026-12-11T18:30:00Z'))
    expect(friday.starts).toEqual(['2026-11-21', '2026-11-28', '2026-12-05'])
    // …and Tehran's midnight is 20:30 UTC the evening before.
    expect(friday.edges.map((edge) => edge.toISOString())).toEqual([
      '2026-11-20T20:30:00.000Z',
      '2026-11-27T20:30:00.000Z',
      '2026-12-04T20:30:00.000Z',
      '2026-12-11T20:30:00.000Z',
    ])
    // Half an hour later it is Saturday in Tehran (still Friday in UTC): a new week.
    expect(reportWeeks(1, new Date('2026-12-11T20:30:00Z')).starts).toEqual(['2026-12-12'])
  })
})
