import { describe, expect, it } from 'vitest'
import { csvCell, jalaliTime, keysetCsv } from './csv-export.ts'

async function collect(lines: AsyncIterable<string>) {
  const chunks: string[] = []
  for await (const chunk of lines) chunks.push(chunk)
  return chunks
}

describe('CSV exports', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell(250_000)).toBe('250000')
    expect(csvCell(null)).toBe('')
  })

  it('writes Tehran Jalali times', () => {
    expect(jalaliTime('2026-12-07T15:22:22.000Z')).toBe('1405/09/16 18:52:22')
    expect(jalaliTime(null)).toBe('')
  })

  it('starts with a byte order mark and the headers, then reads batch after batch', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => i + 1)
    const asked: (number | undefined)[] = []
    const chunks = await collect(
      keysetCsv({
        headers: ['شماره'],
        batchSize: 2,
        readBatch: async (after: number | undefined, limit) => {
          asked.push(after)
          return rows.filter((n) => n > (after ?? 0)).slice(0, limit)
        },
        keyOf: (n) => n,
        cells: (n) => [n],
      }),
    )
    expect(chunks).toEqual(['\uFEFFشماره\r\n', '1\r\n2\r\n', '3\r\n4\r\n', '5\r\n'])
    expect(asked).toEqual([undefined, 2, 4])
  })
})
