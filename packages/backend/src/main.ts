import { performance } from 'node:perf_hooks'
import { buildApp } from './app.ts'
import { type Config, ConfigError, loadConfig } from './config/config.ts'
import type { Database } from './db/database.ts'
import { openDatabase } from './db/open-database.ts'
import { createFileStorage } from './integrations/storage/create-file-storage.ts'
import { createJobQueue, type JobQueue } from './jobs/job-queue.ts'
import { createRedis } from './lib/redis-client.ts'
import { prepareDatabase } from './seed/prepare-database.ts'
import { printBanner } from './seed/print-banner.ts'
import { seedDemoData } from './seed/seed-demo-data.ts'

function fail(message: string): never {
  console.error(`yektayar: ${message}`)
  process.exit(1)
}

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
}

async function connect(config: Config): Promise<Database> {
  try {
    const database = await openDatabase(config, (error) =>
      console.error(`yektayar: database connection lost: ${error.message}`),
    )
    await prepareDatabase(database)
    return database
  } catch (error) {
    const where = config.database.url ? 'DATABASE_URL' : `DATA_DIR (${config.database.dataDir})`
    fail(`cannot open the database at ${where}: ${(error as Error).message}`)
  }
}

async function start() {
  const startedAt = performance.now()
  const config = readConfig()
  const database = await connect(config)
  const demo = config.seedDemo
    ? await seedDemoData(database, config.care.notesKeys, createFileStorage(config.files.storage))
    : undefined
  const redis = config.redisUrl ? createRedis(config.redisUrl, config.redisKeyPrefix) : undefined
  const jobs: JobQueue | undefined = config.jobsEnabled ? createJobQueue(database) : undefined
  await jobs?.start()
  const app = await buildApp({ config, database, redis, jobs })
  // Before listening: a process manager (or a test) may signal as soon as it reads the listen
  // line, and a SIGTERM with no handler yet would kill the process instead of draining it.
  handleShutdown(config, {
    drain() {
      app.draining = true
    },
    async close() {
      await app.close()
      await jobs?.stop()
      redis?.disconnect()
      await database.close()
    },
  })
  // The framework would name the bound address (127.0.0.1); people open PUBLIC_URL.
  await app.listen({
    host: config.host,
    port: config.port,
    listenTextResolver: () => `listening on ${config.publicUrl}`,
  })
  printBanner({ config, demo, startupMs: performance.now() - startedAt, database })
  // PM2 (`wait_ready`) starts sending traffic and stops the old process on a reload only once
  // the new one says it listens; without a process manager there is no IPC channel.
  process.send?.('ready')
}

/**
 * On SIGTERM/SIGINT: first drains for SHUTDOWN_DRAIN_MS (everything is served, /readyz answers
 * 503, so a balancer's health check moves traffic to the other instances before this one stops
 * accepting: closing the listening socket resets connections still in its accept queue), then
 * stops accepting, finishes requests and sockets, closes the database; forced after
 * SHUTDOWN_TIMEOUT_MS more.
 */
function handleShutdown(
  { shutdownDrainMs: drainMs, shutdownTimeoutMs: timeoutMs }: Config,
  { drain, close }: { drain: () => void; close: () => Promise<void> },
) {
  let closing = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    console.log(`yektayar: ${signal} received, shutting down`)
    drain()
    setTimeout(() => {
      setTimeout(() => fail(`shutdown took longer than ${timeoutMs} ms`), timeoutMs).unref()
      close().then(
        () => process.exit(0),
        (error: Error) => fail(`shutdown failed: ${error.message}`),
      )
    }, drainMs)
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  // PM2 asks with a message instead of a signal where signals are unavailable
  // (`shutdown_with_message`, Windows).
  process.on('message', (message) => {
    if (message === 'shutdown') onSignal('SIGINT')
  })
}

start().catch((error: Error) => fail(error.stack ?? error.message))
