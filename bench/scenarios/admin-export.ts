import { request } from 'node:http'
import type { Measurement, Target } from '../scenario.ts'
import { BENCH_METRICS_TOKEN } from '../servers/app-env.ts'

const EXPORT_PATH = '/api/v1/admin/payments/export'
/** How often the app's resident memory is read while the export streams. */
const RSS_EVERY_MS = 100
const MB = 1024 * 1024
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

async function residentBytes(origin: string): Promise<number> {
  const response = await fetch(`${origin}/metrics`, {
    headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` },
  })
  const value = /^process_resident_memory_bytes (\S+)$/m.exec(await response.text())?.[1]
  if (value === undefined) throw new Error('no process_resident_memory_bytes at /metrics')
  return Number(value)
}

interface Download {
  status: number
  bytes: number
  lines: number
  firstBytes: Buffer
  seconds: number
}

/** Reads the whole CSV with node:http, counting bytes and lines without keeping them. */
function download(origin: string, headers: Record<string, string>): Promise<Download> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const { 'accept-encoding': _, ...plain } = headers
    const req = request(`${origin}${EXPORT_PATH}`, { headers: plain }, (response) => {
      let bytes = 0
      let lines = 0
      let firstBytes = Buffer.alloc(0)
      response.on('data', (chunk: Buffer) => {
        if (firstBytes.length < 256)
          firstBytes = Buffer.concat([firstBytes, chunk]).subarray(0, 256)
        bytes += chunk.length
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1
      })
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          bytes,
          lines,
          firstBytes,
          seconds: (performance.now() - started) / 1000,
        }),
      )
      response.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/**
 * Issue 20: "CSV export of 300,000 payments streams at constant memory (report peak RSS and
 * rows/s)". One unfiltered export, uncompressed, while the app's resident memory is read every
 * 100 ms from its /metrics; the peak against the app's memory just before shows whether the
 * export held its rows in memory.
 */
export async function measureExport(
  target: Target,
  headers: Record<string, string>,
): Promise<Measurement> {
  const before = await residentBytes(target.origin)
  let peak = before
  const sampler = setInterval(() => {
    residentBytes(target.origin).then(
      (bytes) => {
        peak = Math.max(peak, bytes)
      },
      () => {},
    )
  }, RSS_EVERY_MS)
  let result: Download
  try {
    result = await download(target.origin, headers)
  } finally {
    clearInterval(sampler)
  }
  const bom = result.firstBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))
  const rows = Math.max(0, result.lines - 1)
  if (result.status !== 200 || !bom || rows < 300_000) {
    throw new Error(`the export answered ${result.status}, BOM ${bom}, ${rows} rows`)
  }
  const note =
    `${rows.toLocaleString('en-US')} rows, ${(result.bytes / MB).toFixed(1)} MB in ` +
    `${result.seconds.toFixed(1)} s = ${Math.round(rows / result.seconds).toLocaleString('en-US')} rows/s; ` +
    `app RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB`
  log(note)
  return {
    p50Ms: result.seconds * 1000,
    p99Ms: result.seconds * 1000,
    samples: rows,
    failures: 0,
    completionSeconds: result.seconds,
    note,
  }
}
