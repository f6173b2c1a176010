/**
 * `npm run lighthouse`: Lighthouse 12 with its default mobile settings (Moto G Power screen,
 * slow 4G and 4× CPU slowdown, simulated) on the production build served by the real backend,
 * in the system Chromium. Prints the scores per page and writes artifacts/lighthouse.json.
 * A measurement, not a test: it fails only when it cannot measure.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { writeArtifact } from './support/artifacts.ts'
import { startBackend } from './support/backend-server.ts'
import { CHROMIUM_ARGS, findChromium, noBrowserMessage } from './support/chromium.ts'
import { buildFrontEndsIfNeeded } from './support/front-end-build.ts'
import { medianRun, type PageReport, reportPage } from './support/lighthouse-report.ts'

interface MeasuredPage {
  name: string
  path: string | ((origin: string) => Promise<string>)
}

/** The first lesson of the first course the catalogue lists (a demo course: an article). */
async function firstLesson(origin: string): Promise<string> {
  const page = (await (await fetch(`${origin}/api/v1/courses?limit=1`)).json()) as {
    items: { id: string }[]
  }
  const courseId = page.items[0]?.id
  if (!courseId) throw new Error('no published course to measure a lesson of')
  const course = (await (await fetch(`${origin}/api/v1/courses/${courseId}`)).json()) as {
    lessons: { id: string }[]
  }
  return `/courses/${courseId}/lessons/${course.lessons[0]?.id}`
}

const ALL_PAGES: MeasuredPage[] = [
  { name: 'home', path: '/' },
  { name: 'sign-in', path: '/sign-in' },
  { name: 'directory', path: '/psychologists' },
  { name: 'courses', path: '/courses' },
  { name: 'lesson', path: firstLesson },
]

// The budgets of docs/ARCHITECTURE.md §8 (and issue 7).
const TARGETS = { performance: 90, accessibility: 95 }
// `npm run lighthouse -- --runs=5`; scores on a shared two-core machine vary by ±10 points.
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3)
// `npm run lighthouse -- --pages=home,sign-in` measures only those.
const ONLY = process.argv
  .find((arg) => arg.startsWith('--pages='))
  ?.slice(8)
  .split(',')
const PAGES = ONLY ? ALL_PAGES.filter((page) => ONLY.includes(page.name)) : ALL_PAGES
// `npm run lighthouse -- --origin=http://127.0.0.1:3000` measures a server that is already up
// (a staging deploy, or a backend started by hand on a machine too busy to boot one in time).
const ORIGIN = process.argv.find((arg) => arg.startsWith('--origin='))?.slice(9)

async function main(): Promise<void> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error(noBrowserMessage())
  const backend = ORIGIN ? { origin: ORIGIN, stop: async () => {} } : await startOwnBackend()
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  })
  const reports: PageReport[] = []
  try {
    for (const page of PAGES) {
      const path = typeof page.path === 'string' ? page.path : await page.path(backend.origin)
      const url = `${backend.origin}${path}`
      console.log(`lighthouse: measuring ${url} (${RUNS} runs)`)
      const lhrs = []
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        lhrs.push(result.lhr)
      }
      reports.push(reportPage(page.name, path, lhrs))
      // The whole median report, for the details behind the summary (open in the Lighthouse viewer).
      writeArtifact(`lighthouse/${page.name}.json`, JSON.stringify(medianRun(lhrs)))
    }
  } finally {
    chrome.kill()
    await backend.stop()
  }
  printReports(reports)
  const file = writeArtifact(
    'lighthouse.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), targets: TARGETS, pages: reports }, null, 2)}\n`,
  )
  console.log(`\nwritten to ${file}`)
}

async function startOwnBackend() {
  buildFrontEndsIfNeeded((line) => console.log(`lighthouse: ${line}`))
  return startBackend()
}

function printReports(reports: PageReport[]): void {
  const mark = (score: number | null, target?: number) =>
    score === null ? '   –' : `${String(score).padStart(4)}${target && score < target ? '!' : ' '}`
  console.log('\npage        perf   a11y   best    seo   FCP     LCP     TBT     CLS')
  for (const { name, scores, metrics } of reports) {
    console.log(
      [
        name.padEnd(10),
        mark(scores.performance, TARGETS.performance),
        mark(scores.accessibility, TARGETS.accessibility),
        mark(scores.bestPractices),
        mark(scores.seo),
        metrics.firstContentfulPaint.padEnd(7),
        metrics.largestContentfulPaint.padEnd(7),
        metrics.totalBlockingTime.padEnd(7),
        metrics.cumulativeLayoutShift,
      ].join('  '),
    )
  }
  console.log(
    `(! = under the target: performance ${TARGETS.performance}, accessibility ${TARGETS.accessibility})`,
  )
  for (const report of reports) {
    console.log(`\n${report.name} (${report.path}): largest paint is ${report.largestPaintElement}`)
    const runs = report.performanceRuns.join(', ')
    console.log(`  performance of each run: ${runs}; machine benchmark ${report.benchmarkIndex}`)
    for (const warning of report.warnings) console.log(`  warning: ${warning}`)
    for (const audit of report.failedAccessibilityAudits) console.log(`  accessibility: ${audit}`)
    for (const audit of report.performanceOpportunities) console.log(`  performance: ${audit}`)
  }
}

main().catch((error: Error) => {
  console.error(`lighthouse: ${error.stack ?? error.message}`)
  process.exit(1)
})
