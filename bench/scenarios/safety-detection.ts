import { detectRisk } from '../../packages/backend/src/modules/safety/detection/detect-risk.ts'
import type { Measurement, Scenario } from '../scenario.ts'

// The local risk detector runs on every message a patient writes, inside the request: it is
// timed here in this process, no server involved. It names the baseline's server only because
// every scenario names one, and that one is running anyway.

const MIN_CALLS = 20_000
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

const PARTS = [
  'سلام دکتر، این هفته خوابم بهتر شد و تمرین تنفس رو هر روز انجام دادم. ',
  'می‌خواستم درباره‌ی جلسه‌ی ساعت ۱۷:۳۰ پنج‌شنبه بپرسم 🙏 ',
  'salam, emrooz kheili behtaram, ba doostam raftim biroon va ghadam zadim. ',
  'I read the article you sent about sleep hygiene, 3 of the 10 tips helped 😊 ',
  'نمی‌خوام خودمو بکشم، فقط گاهی خیلی خسته می‌شم. ',
  'Next week I have 2 exams (2026-12-14 and 2026-12-16), wish me luck! ',
]

/**
 * About 4,000 characters of Persian, Finglish, English, digits, emoji and ZWNJ with a denial
 * inside and a crisis phrase at the very end, so the scan covers the whole text and the hit
 * path runs. Round-tripped through JSON, as a request body is: a flat string, not a rope.
 */
function message(): string {
  let text = ''
  for (let i = 0; text.length < 3980; i++) text += PARTS[i % PARTS.length]
  return JSON.parse(JSON.stringify(`${text}دیگه نمی‌خوام زنده باشم`)) as string
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
}

export const safetyDetection: Scenario = {
  name: 'safety-detection',
  server: 'raw-node',
  budget: { maxP99Ms: 0.2 },
  async measure({ settings }): Promise<Measurement> {
    const text = message()
    let failures = 0
    const warmUntil = performance.now() + settings.warmupSeconds * 1000
    while (performance.now() < warmUntil) detectRisk(text)

    const times: number[] = []
    const cpuBefore = process.cpuUsage()
    const until = performance.now() + settings.durationSeconds * 1000
    while (times.length < MIN_CALLS || performance.now() < until) {
      const start = performance.now()
      const decision = detectRisk(text)
      times.push(performance.now() - start)
      if (decision.level !== 'crisis') failures++
    }
    // CPU time per call beside the wall-clock percentiles: on a busy machine, a p99 far above it
    // is time the process spent descheduled in the middle of a call, not the detector's work.
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / times.length
    const sorted = Float64Array.from(times).sort()
    const p50 = percentile(sorted, 0.5)
    const p99 = percentile(sorted, 0.99)
    log(
      `safety-detection: ${times.length} calls on ${text.length} characters; ` +
        `p50 ${p50.toFixed(4)} ms, p99 ${p99.toFixed(4)} ms, max ${percentile(sorted, 1).toFixed(3)} ms, ` +
        `CPU ${cpuMsPerCall.toFixed(4)} ms per call`,
    )
    return { p50Ms: p50, p99Ms: p99, samples: times.length, failures }
  },
}
