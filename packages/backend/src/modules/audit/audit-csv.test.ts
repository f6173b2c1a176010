import { describe, expect, it } from 'vitest'
import { auditCsvHeader, auditCsvLine, csvCell } from './audit-csv.ts'

describe('audit CSV', () => {
  it('starts with a byte order mark and Persian headers', () => {
    expect(auditCsvHeader().startsWith('\uFEFFزمان (تهران),')).toBe(true)
  })

  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell(null)).toBe('')
  })

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
