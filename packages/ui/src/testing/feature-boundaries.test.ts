import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { featureBoundaryViolations } from './feature-boundaries.ts'

let src = ''

function write(files: Record<string, string>) {
  src = mkdtempSync(join(tmpdir(), 'boundaries-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true })
    writeFileSync(join(src, path), text)
  }
  return src
}

afterEach(() => rmSync(src, { recursive: true, force: true }))

describe('featureBoundaryViolations', () => {
  it('allows a feature its own files, the shared layer and packages; app/ anything', () => {
    const dir = write({
      'features/a/page.tsx': "import { x } from './x.ts'\nimport { y } from '../../shared/y.ts'",
      'features/a/x.ts': "import { useQuery } from '@tanstack/react-query'",
      'shared/y.ts': "import { z } from './z.ts'",
      'app/routes.tsx': "const page = () => import('../features/a/page.tsx')",
    })
    expect(featureBoundaryViolations(dir)).toEqual([])
  })

  it('finds a feature importing another, however the import is written', () => {
    const dir = write({
      'features/a/page.tsx': [
        "import type { B } from '../b/b.ts'",
        "import {\n  c,\n} from '../c/c.ts'",
        "export { d } from '../d/d.ts'",
        "const e = await import('../e/e.ts')",
        "vi.mock('../f/f.ts')",
      ].join('\n'),
    })
    expect(featureBoundaryViolations(dir).map((violation) => violation.to)).toEqual([
      'features/b',
      'features/c',
      'features/d',
      'features/e',
      'features/f',
    ])
  })

  it('finds the shared layer importing a feature', () => {
    const dir = write({ 'shared/y.ts': "import { a } from '../features/a/a.ts'" })
    expect(featureBoundaryViolations(dir)).toEqual([
      {
        file: join('shared', 'y.ts'),
        specifier: '../features/a/a.ts',
        from: 'shared',
        to: 'features/a',
      },
    ])
  })
})
