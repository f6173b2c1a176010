/**
 * Synchronous clean-ups run however the bench ends: normal exit, a thrown error, or Ctrl-C.
 * They must be synchronous because the 'exit' event does not wait for promises.
 */
const cleanups = new Set<() => void>()
let installed = false

function runCleanups(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup()
    } catch {
      // One failing clean-up must not stop the others from killing their processes.
    }
  }
  cleanups.clear()
}

function install(): void {
  if (installed) return
  installed = true
  process.on('exit', runCleanups)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal} received, stopping servers\n`)
      runCleanups()
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }
}

/** Registers a clean-up; call the returned function once the resource is gone. */
export function onExit(cleanup: () => void): () => void {
  install()
  cleanups.add(cleanup)
  return () => {
    cleanups.delete(cleanup)
  }
}
