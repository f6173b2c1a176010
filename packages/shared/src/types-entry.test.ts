import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Runtime imports and re-exports; `import type` / `export type` are erased and never load.
const RUNTIME_SPECIFIER = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm

/** Every module the file loads at run time, itself included, as resolved paths or bare names. */
function runtimeGraph(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry)
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(RUNTIME_SPECIFIER)) {
    if (!specifier?.startsWith('.')) {
      seen.add(specifier ?? '')
      continue
    }
    const path = resolve(dirname(entry), specifier)
    if (!seen.has(path)) runtimeGraph(path, seen)
  }
  return seen
}

describe('@yektayar/shared/types', () => {
  const graph = runtimeGraph(resolve(import.meta.dirname, 'types.ts'))

  it('loads no zod, so front ends can import its values into any chunk', () => {
    const packages = [...graph].filter((module) => !module.startsWith('/'))
    expect(packages).toEqual([])
  })

  it('follows the re-exports it has (the walk itself works)', () => {
    expect([...graph].some((module) => module.endsWith('messaging-constants.ts'))).toBe(true)
  })

  it('sees a runtime zod import when one is there', () => {
    const probe = "import { z } from 'zod'\nexport type { A } from './a.ts'\n"
    const found = [...probe.matchAll(RUNTIME_SPECIFIER)].map((match) => match[1])
    expect(found).toEqual(['zod'])
  })
})
