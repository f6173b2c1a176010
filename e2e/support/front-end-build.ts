import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './repo-root.ts'

const APPS = ['packages/web-app', 'packages/admin-panel']
// Everything that ends up in a front-end bundle.
const SOURCES = [
  'packages/ui/src',
  'packages/shared/src',
  ...APPS.flatMap((app) => [
    `${app}/src`,
    `${app}/public`,
    `${app}/index.html`,
    `${app}/vite.config.ts`,
    `${app}/tools`,
  ]),
]

// Tests sit beside the code but never reach a bundle.
const NOT_BUNDLED = /\.test\.tsx?$/

function newestMtime(path: string): number {
  if (!existsSync(path) || NOT_BUNDLED.test(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  // Files only: a directory's time also changes when a test file is added beside the code.
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    0,
  )
}

function builtAt(app: string): number {
  const index = join(REPO_ROOT, app, 'dist/index.html')
  return existsSync(index) ? statSync(index).mtimeMs : 0
}

/** True when a front end is missing or older than any of its sources. */
export function frontEndsStale(): boolean {
  const sources = Math.max(...SOURCES.map((source) => newestMtime(join(REPO_ROOT, source))))
  return APPS.some((app) => builtAt(app) < sources)
}

/** Runs `npm run build` when needed, so the journeys test what would be deployed. */
export function buildFrontEndsIfNeeded(log: (line: string) => void): void {
  if (!frontEndsStale()) {
    log('front ends are up to date; not rebuilding')
    return
  }
  log('building the front ends (npm run build)')
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
}
