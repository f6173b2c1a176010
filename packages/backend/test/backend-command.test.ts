import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { BACKEND_NODE_ARGS, SERVER_V8_FLAGS } from '../../../scripts/backend-command.mjs'

const MIB = 1024 * 1024

/**
 * Node 20's own ceiling for the young generation's reported size (two 16 MiB semi-spaces).
 * Node 24's V8 already lets it reach 64 MiB, so the flags must at least not shrink that.
 */
const NODE_20_NEW_SPACE_CEILING = 32 * MIB

/**
 * Churns through short-lived objects, as a server under load does, then reports how large V8
 * let the young generation grow.
 */
const CHURN_THEN_REPORT = `
  let live = []
  for (let i = 0; i < 3e6; i++) { live.push({ i }); if (live.length > 2e5) live = [] }
  const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
  process.stdout.write(String(space.space_size))
`

function newSpaceBytesUnder(flags: readonly string[]): number {
  return Number(execFileSync(process.execPath, [...flags, '-e', CHURN_THEN_REPORT]).toString())
}

describe('backend node arguments', () => {
  it('let the young generation grow past Node 20’s default ceiling, and never below this Node’s own', () => {
    const withFlags = newSpaceBytesUnder(SERVER_V8_FLAGS)
    expect(withFlags).toBeGreaterThan(NODE_20_NEW_SPACE_CEILING)
    expect(withFlags).toBeGreaterThanOrEqual(newSpaceBytesUnder([]))
  })

  it('give the V8 settings before tsx, so they reach the server process itself', () => {
    expect(BACKEND_NODE_ARGS.slice(0, SERVER_V8_FLAGS.length)).toEqual(SERVER_V8_FLAGS)
    expect(BACKEND_NODE_ARGS.slice(SERVER_V8_FLAGS.length)).toEqual(['--import', 'tsx'])
  })
})
