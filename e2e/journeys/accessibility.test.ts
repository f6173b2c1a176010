import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'

const SCREENS = [
  { name: 'home', path: '/', ready: 'h1' },
  { name: 'sign-in', path: '/sign-in', ready: 'form' },
] as const

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      ({ id, impact, help, targets }) => `${impact} ${id}: ${help}\n    ${targets.join('\n    ')}`,
    )
    .join('\n')
}

async function open(page: Page, url: string, ready: string) {
  await page.goto(url)
  await page.locator(ready).first().waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

describeInBrowser('accessibility (axe-core)', (suite) => {
  for (const language of ['fa', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no serious or critical violations in ${language}, ${colorScheme}`, async () => {
        const { page } = await suite.newPage({ colorScheme })
        await page.addInitScript((chosen) => {
          localStorage.setItem('yektayar.language', chosen)
        }, language)
        const report: string[] = []
        for (const screen of SCREENS) {
          await open(page, `${suite.baseUrl}${screen.path}`, screen.ready)
          const findings = await seriousViolations(page)
          if (findings.length) report.push(`${screen.name}:\n  ${describeFindings(findings)}`)
        }
        expect(report.join('\n'), 'axe violations').toBe('')
      })
    }
  }
})
