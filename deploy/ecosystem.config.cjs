// PM2 process file for YektaYar in production: `pm2 start deploy/ecosystem.config.cjs`,
// `pm2 reload deploy/ecosystem.config.cjs` after an upgrade (docs/DEPLOYMENT.md).
//
// Fork mode, one port per instance (PORT, PORT+1, …), behind Apache's balancer with sticky
// routing (deploy/apache/yektayar.conf), not PM2's cluster mode. Cluster mode shares one port and
// hands each new TCP connection to any worker, so the requests of one Socket.IO session (HTTP
// long-polling first, then the WebSocket upgrade: the web client's defaults) land on different
// processes and fail; PM2 has no sticky option. With one port per instance, Apache keeps a
// browser on one instance (route cookie) and fails over when it stops; messages and rooms reach
// the other instances through the Socket.IO Redis adapter (REDIS_URL is required here).
//
// Environment: read from the file named by YY_ENV_FILE (default /etc/yektayar/yektayar.env,
// KEY=value lines, root-owned, mode 640, group yektayar) each time this file is loaded, so
// `pm2 reload` from any shell gives the instances the same settings and secrets. INSTANCES
// (default 2) and PORT (the first instance's, default 3001) come from there too; keep Apache's
// BalancerMembers in step with them. LOG_DIR (default /var/log/yektayar) holds error.log and
// combined.log.
//
// Reload with deploy/reload.sh (one instance at a time, each back in Apache's rotation before the
// next): a plain `pm2 reload` acts on two apps at once, which would stop both instances together.
const { readFileSync } = require('node:fs')
const { resolve } = require('node:path')

/** KEY=value lines; blank lines and # comments skipped; optional quotes around the value. */
function readEnvFile(path) {
  const env = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!match || line.trimStart().startsWith('#')) continue
    env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2')
  }
  return env
}

const envFile = process.env.YY_ENV_FILE || '/etc/yektayar/yektayar.env'
const fileEnv = readEnvFile(envFile)
const logDir = fileEnv.LOG_DIR || '/var/log/yektayar'

const name = fileEnv.PM2_APP_NAME || 'yektayar'
const instances = Number(fileEnv.INSTANCES || 2)
const firstPort = Number(fileEnv.PORT || 3001)

/**
 * One PM2 app per instance (yektayar-1 on PORT, yektayar-2 on PORT+1, …), all in the namespace
 * `yektayar`. Not `instances` with `increment_var: 'PORT'`: PM2 7.0 gives a reloaded instance the
 * ecosystem's PORT again (not its incremented one), so it failed with EADDRINUSE on every reload.
 */
const instance = (index) => ({
  name: `${name}-${index + 1}`,
  namespace: name,
  cwd: resolve(__dirname, '..'),
  // Built by `npm run build` (scripts/build-backend.mjs): plain JavaScript, no tsx.
  script: 'packages/backend/dist/main.js',
  // SERVER_V8_FLAGS of scripts/backend-command.mjs (deploy:check checks they match), and
  // stack traces in the TypeScript sources' lines.
  node_args: ['--max-semi-space-size=64', '--enable-source-maps'],
  exec_mode: 'fork',
  env: {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    TRUSTED_PROXIES: '127.0.0.1,::1',
    // On SIGINT /readyz answers 503 this long first, while everything else is still served:
    // Apache's health check (every second) moves traffic to the other instances before this
    // one stops accepting (deploy/apache/yektayar.conf).
    SHUTDOWN_DRAIN_MS: '2500',
    // Then finishing requests, the job queue's active jobs (up to 3 s) and closing connections.
    SHUTDOWN_TIMEOUT_MS: '10000',
    ...fileEnv,
    PORT: String(firstPort + index),
  },
  // Graceful reload, one instance at a time (deploy/reload.sh):
  // PM2 stops the instance (SIGINT: it drains for SHUTDOWN_DRAIN_MS, stops accepting, finishes
  // its requests and exits within SHUTDOWN_TIMEOUT_MS, 10 s here; kill_timeout is the hard
  // stop), starts it again and goes on to the next one only once it has sent 'ready' (main.ts,
  // once it listens). Meanwhile Apache sends everything to the others.
  wait_ready: true,
  listen_timeout: 60_000,
  kill_timeout: 15_000,
  shutdown_with_message: false,
  // A leak or a runaway request restarts the instance rather than the machine swapping.
  max_memory_restart: fileEnv.MAX_MEMORY_RESTART || '900M',
  autorestart: true,
  restart_delay: 1_000,
  max_restarts: 50,
  min_uptime: 10_000,
  // pino writes JSON lines with their own time: no PM2 prefix. Stdout and stderr of every
  // instance go to combined.log, stderr alone to error.log; rotated by deploy/logrotate/yektayar.
  error_file: `${logDir}/error.log`,
  out_file: '/dev/null',
  log_file: `${logDir}/combined.log`,
  merge_logs: true,
  time: false,
})

module.exports = { apps: Array.from({ length: instances }, (_, index) => instance(index)) }
