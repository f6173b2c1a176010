import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

export interface AxeFinding {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. The source is
 * evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not
 * govern, so the scan needs no bypass.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // Colours read mid-transition are neither state's: a button turning from primary to secondary
  // has its dark text over a half-faded green for 150 ms, which axe reported as low contrast.
  // Endless animations (spinners, the breathing circle) are not waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  )
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeRunner }
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
  })
}

interface AxeRunner {
  run(context: Document, options: RunOptions): Promise<AxeResults>
}

/** Fails the test with axe's serious and critical findings on `screen`, one line each. */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const findings = await seriousViolations(page)
  const report = findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.targets.join('\n  ')}`)
  expect(report.join('\n'), `axe on ${screen}`).toBe('')
}
