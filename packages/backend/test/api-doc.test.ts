import { readFileSync } from 'node:fs'
import { ERROR_STATUS } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'

const API_DOC = new URL('../../../docs/API.md', import.meta.url)

/** `| \`CODE\` | 409 | … |` rows of docs/API.md's error table, as code → status. */
function documentedCodes(): Map<string, number> {
  const rows = readFileSync(API_DOC, 'utf8').matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|\s*(\d{3})\s*\|/gm)
  return new Map([...rows].map(([, code, status]) => [code ?? '', Number(status)]))
}

describe('docs/API.md', () => {
  it('lists every error code with its one status, and no code that does not exist', () => {
    const documented = documentedCodes()
    const expected = new Map(Object.entries(ERROR_STATUS))
    const wrong = [...expected].filter(([code, status]) => documented.get(code) !== status)
    const unknown = [...documented.keys()].filter((code) => !expected.has(code))
    expect(wrong.map(([code, status]) => `${code} ${status}`)).toEqual([])
    expect(unknown).toEqual([])
  })
})
