// `npm start`: builds whichever front end is missing or out of date, then runs the backend,
// which serves both. Plain JavaScript so it runs before anything is compiled.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BACKEND_MAIN, BACKEND_NODE_ARGS } from './backend-command.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

// Both front ends bundle the shared UI kit and contracts, so a change there rebuilds them too.
const SHARED_SOURCES = ['packages/ui/src', 'packages/shared/src']
const FRONT_ENDS = ['web-app', 'admin-panel'].map((name) => ({
  name,
  workspace: `@yektayar/${name}`,
  dist: join(root, 'packages', name, 'dist', 'index.html'),
  sources: [
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map(
      (entry) => `packages/${name}/${entry}`,
    ),
    ...SHARED_SOURCES,
  ],
}))

/** The newest modification time under `path` (a file or a directory), 0 if it is absent. */
function newestChange(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue
    newest = Math.max(newest, newestChange(join(path, entry)))
  }
  return newest
}

/** Why `app` needs a build, or undefined when its dist is newer than all of its sources. */
function staleness(app) {
  if (!existsSync(app.dist)) return 'not built yet'
  const builtAt = statSync(app.dist).mtimeMs
  const sourcesAt = Math.max(...app.sources.map((source) => newestChange(join(root, source))))
  return sourcesAt > builtAt ? 'sources changed since the last build' : undefined
}

function buildFrontEnds() {
  for (const app of FRONT_ENDS) {
    const reason = staleness(app)
    if (!reason) continue
    console.log(`yektayar: building ${app.name} (${reason})…`)
    const build = spawnSync(npm, ['run', 'build', '--workspace', app.workspace], {
      cwd: root,
      stdio: 'inherit',
    })
    if (build.status !== 0) {
      console.error(`yektayar: building ${app.name} failed; see the output above`)
      process.exit(build.status ?? 1)
    }
  }
}

/**
 * The backend as a child, with signals passed on: Ctrl-C in a terminal reaches both processes
 * anyway, but a service manager's SIGTERM reaches only this one. This process exits with the
 * backend's status once it has shut down.
 */
function runBackend() {
  const backend = spawn(process.execPath, [...BACKEND_NODE_ARGS, BACKEND_MAIN], {
    cwd: root,
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (backend.exitCode === null) backend.kill(signal)
    })
  }
  backend.on('exit', (code, signal) => {
    process.exit(code ?? (signal === 'SIGINT' ? 130 : 143))
  })
}

buildFrontEnds()
runBackend()
