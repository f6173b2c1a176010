import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildFrontEndsIfNeeded } from '../../../e2e/support/front-end-build.ts'

const APP_DIR = fileURLToPath(new URL('..', import.meta.url))
const ANDROID = `${APP_DIR}android/`
const CAP = fileURLToPath(new URL('../../../node_modules/.bin/cap', import.meta.url))

/**
 * `npx cap sync android` copies the web build and the plugins into the Android project; it needs
 * Node and the packages only, no Android SDK. It rewrites capacitor.settings.gradle and
 * app/capacitor.build.gradle with real paths: in a normal checkout they come out as committed
 * (a checkout whose node_modules are symlinks elsewhere gets other relative paths).
 */
describe('npx cap sync android', () => {
  it('succeeds on the web build and registers every plugin', () => {
    buildFrontEndsIfNeeded((line) => console.log(line))
    const sync = spawnSync(CAP, ['sync', 'android'], { cwd: APP_DIR, encoding: 'utf8' })
    expect(sync.status, `${sync.stdout}\n${sync.stderr}`).toBe(0)

    expect(existsSync(`${ANDROID}app/src/main/assets/public/index.html`)).toBe(true)
    const copied = JSON.parse(
      readFileSync(`${ANDROID}app/src/main/assets/capacitor.config.json`, 'utf8'),
    ) as { appId: string }
    expect(copied.appId).toBe('ir.yektayar.app')

    const registered = JSON.parse(
      readFileSync(`${ANDROID}app/src/main/assets/capacitor.plugins.json`, 'utf8'),
    ) as { pkg: string }[]
    const settings = readFileSync(`${ANDROID}capacitor.settings.gradle`, 'utf8')
    const dependencies = readFileSync(`${ANDROID}app/capacitor.build.gradle`, 'utf8')
    for (const pkg of [
      '@capacitor/app',
      '@capacitor/local-notifications',
      '@capacitor/status-bar',
      '@aparajita/capacitor-secure-storage',
      '@aparajita/capacitor-biometric-auth',
    ]) {
      expect(registered.map((plugin) => plugin.pkg)).toContain(pkg)
      const gradleName = pkg.replace('@', '').replace('/', '-')
      expect(settings).toContain(`include ':${gradleName}'`)
      expect(dependencies).toContain(`implementation project(':${gradleName}')`)
    }
    // Every project the settings name exists where they say (the Gradle build would need it).
    for (const [, path] of settings.matchAll(/new File\('([^']+)'\)/g)) {
      expect(existsSync(new URL(path ?? '', `file://${ANDROID}`)), path).toBe(true)
    }
  })
})
