import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** One import that crosses a boundary: `from` and `to` are the layers (`features/x`, `shared`). */
export interface BoundaryViolation {
  file: string
  specifier: string
  from: string
  to: string
}

// Static imports and re-exports (type-only ones too: they couple the code all the same),
// dynamic import() and vi.mock() paths.
const SPECIFIERS =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:import|vi\.mock)\(\s*['"]([^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

/** `features/<name>` or `shared` for a path under src, null for app/ and the entry files. */
function layerOf(srcDir: string, path: string): string | null {
  const [top, name] = relative(srcDir, path).split(sep)
  if (top === 'features' && name) return `features/${name}`
  return top === 'shared' ? 'shared' : null
}

/**
 * The rules of DESIGN.md §5 for one app's src: a feature imports no other feature, and the
 * shared layer imports no feature. `app/` composes them and may import anything.
 */
export function featureBoundaryViolations(srcDir: string): BoundaryViolation[] {
  const violations: BoundaryViolation[] = []
  for (const file of sourceFiles(srcDir)) {
    const from = layerOf(srcDir, file)
    if (!from) continue
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      const specifier = match[1] ?? match[2] ?? ''
      if (!specifier.startsWith('.')) continue
      const to = layerOf(srcDir, resolve(dirname(file), specifier))
      if (to?.startsWith('features/') && to !== from) {
        violations.push({ file: relative(srcDir, file), specifier, from, to })
      }
    }
  }
  return violations
}
