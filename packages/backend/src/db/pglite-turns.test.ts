import { PGlite } from '@electric-sql/pglite'
import { afterEach, describe, expect, it } from 'vitest'
import { oneStatementPerTurn } from './pglite-turns.ts'

const STATEMENTS = 20

/** How many of `STATEMENTS` queued queries finished before a timer set right after them ran. */
async function finishedBeforeTimer(client: PGlite): Promise<number> {
  let finished = 0
  const all = Array.from({ length: STATEMENTS }, () =>
    client.query('select 1').then(() => {
      finished += 1
    }),
  )
  const atTimer = await new Promise<number>((resolve) => setImmediate(() => resolve(finished)))
  await Promise.all(all)
  return atTimer
}

// Each test creates fresh PGlites (an initdb each): seconds on a quiet machine, tens of seconds on
// a busy one, past the 30 s default.
describe('oneStatementPerTurn', { timeout: 120_000 }, () => {
  const clients: PGlite[] = []
  async function open(turns: boolean): Promise<PGlite> {
    const client = await PGlite.create()
    if (turns) oneStatementPerTurn(client)
    clients.push(client)
    return client
  }
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()))
  })

  it('lets the event loop run between queued statements, which PGlite alone does not', async () => {
    expect(await finishedBeforeTimer(await open(false))).toBe(STATEMENTS)
    expect(await finishedBeforeTimer(await open(true))).toBeLessThanOrEqual(1)
  })

  it('keeps the order statements were given in, past a failing one', async () => {
    const client = await open(true)
    await client.exec('create table log (n int)')
    const writes = [1, 2, 3].map((n) => client.query('insert into log values ($1)', [n]))
    const failing = client.query('select * from missing_table')
    const late = client.query('insert into log values (4)')
    await expect(failing).rejects.toThrow(/missing_table/)
    await Promise.all([...writes, late])
    const { rows } = await client.query<{ n: number }>('select n from log')
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3, 4])
  })

  it('runs a statement queued during a transaction only after it commits', async () => {
    const client = await open(true)
    await client.exec('create table counter (n int); insert into counter values (0)')
    let outside: Promise<{ rows: { n: number }[] }> | undefined
    await client.transaction(async (tx) => {
      await tx.query('update counter set n = 1')
      outside = client.query<{ n: number }>('select n from counter')
      await tx.query('update counter set n = 2')
    })
    expect((await outside)?.rows[0]?.n).toBe(2)
  })
})
