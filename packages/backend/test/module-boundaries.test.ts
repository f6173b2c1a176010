import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const modulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/modules')

interface ModuleImport {
  from: string
  to: string
  /** The importing file and the imported one, relative to src/modules. */
  file: string
  target: string
}

/**
 * Every relative import from one module's source (tests aside) into another module: static
 * (`from '…'`), side-effect (`import '…'`) and dynamic (`import('…')`) alike.
 */
function crossModuleImports(): ModuleImport[] {
  const found: ModuleImport[] = []
  for (const entry of readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts') || entry.includes('.test.')) continue
    const from = entry.split(/[\\/]/)[0] ?? ''
    const path = join(modulesDir, entry)
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(
      /(?:from|import)\s*\(?\s*'(\.[^']+)'/g,
    )) {
      const target = relative(modulesDir, resolve(dirname(path), specifier ?? ''))
      const to = target.split(/[\\/]/)[0] ?? ''
      if (!target.startsWith('..') && to !== from) found.push({ from, to, file: entry, target })
    }
  }
  return found
}

// The rules of docs/ARCHITECTURE.md for backend modules; the message lists the offending files.
describe('backend module boundaries', () => {
  const imports = crossModuleImports()

  it('has no two modules depending on each other', () => {
    const edges = new Set(imports.map((i) => `${i.from}->${i.to}`))
    const twoWay = imports.filter((i) => edges.has(`${i.to}->${i.from}`))
    expect(twoWay.map((i) => `${i.file} -> ${i.target}`)).toEqual([])
  })

  it("has no module reading another module's repository (call its service)", () => {
    const reads = imports.filter((i) => i.target.endsWith('.repository.ts'))
    expect(reads.map((i) => `${i.file} -> ${i.target}`)).toEqual([])
  })
})
