// Apache in front of the PM2 instances as deploy:check and the bench's Apache scenarios run it:
// a scratch ServerRoot that includes deploy/apache/yektayar.conf and yektayar-mpm-event.conf as
// they are, with the site's Defines set first, and a self-signed certificate.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { get } from 'node:https'
import { join } from 'node:path'
import { REPOSITORY_ROOT, run } from './command.ts'

const MODULES = [
  'mpm_event',
  'authz_core',
  'authz_host',
  'status',
  'alias',
  'mime',
  'headers',
  'setenvif',
  'rewrite',
  'ssl',
  'socache_shmcb',
  'http2',
  'proxy',
  'proxy_http',
  'proxy_balancer',
  'proxy_hcheck',
  'lbmethod_byrequests',
  'slotmem_shm',
]

/** Debian's apache2 package's module settings (installApacheIfMissing installs that package). */
const DEBIAN_MODS = '/etc/apache2/mods-available'

export interface ApacheFront {
  /** Scratch ServerRoot: configuration, certificate, pid file and logs. */
  dir: string
  /** https://localhost:<httpsPort>, the PUBLIC_URL of the instances. */
  origin: string
  httpPort: number
  httpsPort: number
  /** Instance 1's port; instance 2 listens on the next one (deploy/ecosystem.config.cjs). */
  appPort: number
  /** Addresses besides 127.0.0.1 to serve HTTPS on. */
  extraAddresses?: string[]
  /** Server-wide lines before the site, after the MPM sizing (the bench raises it). */
  extraLines?: string[]
}

/** apache2's version line; installs it from the distribution's packages when it is missing. */
export function installApacheIfMissing(log: (line: string) => void): string {
  if (spawnSync('apache2', ['-v']).status !== 0) {
    log('apache2 missing: installing it from the distribution’s packages')
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-q'], { env: aptEnv, stdio: 'ignore' })
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'apache2'], aptEnv)
  }
  return run('apache2', ['-v']).split('\n')[0] ?? ''
}

/** fullchain.pem and privkey.pem for localhost and 127.0.0.1, valid for a day. */
export function selfSignedCertificate(dir: string): void {
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    join(dir, 'privkey.pem'),
    '-out',
    join(dir, 'fullchain.pem'),
  ])
}

function configuration(front: ApacheFront): string[] {
  const { dir, origin, httpPort, httpsPort, appPort } = front
  return [
    `ServerRoot ${dir}`,
    `PidFile ${dir}/httpd.pid`,
    `DefaultRuntimeDir ${dir}`,
    `ErrorLog ${dir}/error.log`,
    'LogLevel warn',
    'ServerName localhost',
    ...MODULES.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`),
    'LogFormat "%h %l %u %t \\"%r\\" %>s %b" combined',
    'TypesConfig /etc/mime.types',
    'User www-data',
    'Group www-data',
    'SSLSessionCache shmcb:ssl_scache(512000)',
    // As apache2.conf reads them on Debian: the package's mods-enabled/ files (MPM sizing,
    // /server-status for local requests) first, then conf-enabled/yektayar-mpm-event.conf.
    `Include ${DEBIAN_MODS}/mpm_event.conf`,
    `Include ${DEBIAN_MODS}/status.conf`,
    `Include ${join(REPOSITORY_ROOT, 'deploy/apache/yektayar-mpm-event.conf')}`,
    ...(front.extraLines ?? []),
    `Listen 127.0.0.1:${httpPort}`,
    `Listen 127.0.0.1:${httpsPort}`,
    ...(front.extraAddresses ?? []).map((address) => `Listen ${address}:${httpsPort}`),
    `Define YY_DOMAIN localhost`,
    `Define YY_ORIGIN ${origin}`,
    `Define YY_CERT_DIR ${dir}`,
    `Define YY_HTTP_PORT ${httpPort}`,
    `Define YY_HTTPS_PORT ${httpsPort}`,
    `Define YY_PORT_1 ${appPort}`,
    `Define YY_PORT_2 ${appPort + 1}`,
    `Define YY_LOG_DIR ${dir}`,
    `Define YY_ACME_ROOT ${dir}/acme`,
    `Include ${join(REPOSITORY_ROOT, 'deploy/apache/yektayar.conf')}`,
  ]
}

/** Whether the URL answers 2xx, trusting the self-signed certificate (this Apache's own). */
function answersOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 2_000 }, (response) => {
      response.resume()
      const status = response.statusCode ?? 0
      resolve(status >= 200 && status < 300)
    })
    request.on('error', () => resolve(false))
    request.on('timeout', () => request.destroy())
  })
}

/** Writes httpd.conf, tests it, starts Apache and waits (5 s at most) for `${origin}/readyz`. */
export async function startApache(front: ApacheFront): Promise<void> {
  const conf = join(front.dir, 'httpd.conf')
  writeFileSync(conf, `${configuration(front).join('\n')}\n`)
  run('apache2', ['-f', conf, '-t'])
  run('apache2', ['-f', conf, '-k', 'start'])
  for (let i = 0; i < 50 && !(await answersOk(`${front.origin}/readyz`)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * BusyWorkers of mod_status (`/server-status?auto` on the HTTP port, local requests only, as an
 * operator asks for it), or undefined when it does not answer within 2 s: asking takes a thread.
 */
export async function busyWorkers(httpPort: number): Promise<number | undefined> {
  const url = `http://127.0.0.1:${httpPort}/server-status?auto`
  const text = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (response) => (response.ok ? response.text() : ''),
    () => '',
  )
  const busy = /^BusyWorkers: (\d+)$/m.exec(text)?.[1]
  return busy === undefined ? undefined : Number(busy)
}

/**
 * Stops the Apache started in `dir` and waits (5 s at most) for it to go. Synchronous, so it can
 * run on the way out of a process as well.
 */
export function stopApache(dir: string): void {
  spawnSync('apache2', ['-f', join(dir, 'httpd.conf'), '-k', 'stop'], { stdio: 'ignore' })
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (let i = 0; i < 50 && existsSync(join(dir, 'httpd.pid')); i++) Atomics.wait(pause, 0, 0, 100)
}
