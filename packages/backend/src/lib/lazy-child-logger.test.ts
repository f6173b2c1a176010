import { Writable } from 'node:stream'
import type { FastifyBaseLogger } from 'fastify'
import pino from 'pino'
import { describe, expect, it, vi } from 'vitest'
import { lazyChildLogger } from './lazy-child-logger.ts'
import { loggerOptions } from './logger-options.ts'

function parentLogger(level: string) {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')))
      done()
    },
  })
  const { transport: _none, ...options } = loggerOptions({ logLevel: 'info', isProduction: true })
  const parent = pino({ ...options, level }, stream) as unknown as FastifyBaseLogger
  const child = vi.spyOn(parent, 'child')
  return { parent, lines, child }
}

const flushed = () => new Promise((resolve) => setImmediate(resolve))

describe('lazyChildLogger', () => {
  it('builds no child for lines below the level, and writes nothing', async () => {
    const { parent, lines, child } = parentLogger('warn')
    const log = lazyChildLogger(parent, { reqId: 'r1' }, {})
    log.info('incoming request')
    log.debug({ detail: 1 }, 'detail')
    await flushed()
    expect(child).not.toHaveBeenCalled()
    expect(lines).toEqual([])
    expect(log.level).toBe('warn')
  })

  it('builds the child once, on the first enabled line, with its bindings and redaction', async () => {
    const { parent, lines, child } = parentLogger('warn')
    const log = lazyChildLogger(parent, { reqId: 'r1' }, {})
    log.warn({ session: { token: 'secret-token' } }, 'first')
    log.error('second')
    log.info('below the level, still dropped')
    await flushed()
    expect(child).toHaveBeenCalledTimes(1)
    expect(lines.map((line) => [line.reqId, line.msg])).toEqual([
      ['r1', 'first'],
      ['r1', 'second'],
    ])
    expect(lines[0]?.session).toEqual({ token: '[redacted]' })
  })

  it("honours a route's own level, including silent", async () => {
    const { parent, lines } = parentLogger('warn')
    lazyChildLogger(parent, { reqId: 'r2' }, { level: 'info' }).info('route logs at info')
    lazyChildLogger(parent, { reqId: 'r3' }, { level: 'silent' }).fatal('silenced')
    await flushed()
    expect(lines.map((line) => line.reqId)).toEqual(['r2'])
  })

  it('hands out real children and level changes through the built child', async () => {
    const { parent, lines } = parentLogger('warn')
    const log = lazyChildLogger(parent, { reqId: 'r4' }, {})
    log.level = 'debug'
    log.debug('now enabled')
    log.child({ step: 'inner' }).warn('nested')
    await flushed()
    expect(lines.map((line) => [line.reqId, line.step, line.msg])).toEqual([
      ['r4', undefined, 'now enabled'],
      ['r4', 'inner', 'nested'],
    ])
  })
})
