import { describe, expect, it } from 'vitest'
import { auditCsvLine } from './audit-csv.ts'

describe('audit CSV', () => {
  it('writes a row with Tehran Jalali time and the changes as JSON', () => {
    const line = auditCsvLine({
      id: 'x',
      userId: 'u',
      actorName: 'مریم رضایی',
      action: 'holiday.update',
      resource: 'holiday',
      resourceId: 'h',
      changes: { before: { a: 1 }, after: { a: 2 } },
      ip: '127.0.0.1',
      userAgent: 'Firefox',
      createdAt: '2026-12-07T15:22:22.000Z',
    })
    expect(line).toBe(
      '1405/09/16 18:52:22,2026-12-07T15:22:22.000Z,u,مریم رضایی,holiday.update,holiday,h,127.0.0.1,Firefox,"{""before"":{""a"":1},""after"":{""a"":2}}"\r\n',
    )
  })
})
