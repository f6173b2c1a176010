import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import config, {
  APP_LINK_PATH_PREFIX,
  CUSTOM_SCHEME,
  DEFAULT_APP_LINK_HOST,
} from '../capacitor.config.ts'

/**
 * The committed Android project (npx cap add android, then edited) against capacitor.config.ts:
 * Gradle and the manifest cannot read the config, so a change to one must reach the other.
 * Building it needs the Android SDK, which these machines lack (docs/MOBILE.md).
 */
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const exists = (path: string) => existsSync(new URL(`../${path}`, import.meta.url))

const manifest = read('android/app/src/main/AndroidManifest.xml')
const appGradle = read('android/app/build.gradle')
const strings = read('android/app/src/main/res/values/strings.xml')
const mobilePackage = JSON.parse(read('package.json')) as { dependencies: Record<string, string> }
const webPackage = JSON.parse(read('../web-app/package.json')) as {
  dependencies: Record<string, string>
}

/** The `<intent-filter>` blocks of the manifest that hold a `<data …>` element. */
const viewFilters = [...manifest.matchAll(/<intent-filter([^>]*)>([\s\S]*?)<\/intent-filter>/g)]
  .filter(([, , body]) => body?.includes('<data'))
  .map(([, attributes, body]) => ({ attributes: attributes ?? '', body: body ?? '' }))

const capacitorPlugins = (dependencies: Record<string, string>) =>
  Object.keys(dependencies).filter(
    (name) =>
      name !== '@capacitor/core' &&
      name !== '@capacitor/android' &&
      (name.startsWith('@capacitor/') || name.startsWith('@aparajita/capacitor-')),
  )

describe('the Android project', () => {
  it("has capacitor.config.ts's app id as its package and application id", () => {
    expect(appGradle).toContain(`namespace "${config.appId}"`)
    expect(appGradle).toContain(`applicationId "${config.appId}"`)
    expect(strings).toContain(`<string name="package_name">${config.appId}</string>`)
    expect(
      exists(`android/app/src/main/java/${config.appId?.replaceAll('.', '/')}/MainActivity.java`),
    ).toBe(true)
  })

  it("shows capacitor.config.ts's name «یکتایار» under the launcher icon and in the title", () => {
    expect(config.appName).toBe('یکتایار')
    expect(strings).toContain(`<string name="app_name">${config.appName}</string>`)
    expect(strings).toContain(`<string name="title_activity_main">${config.appName}</string>`)
  })

  it('opens verified https links under the App Links prefix of the configured host', () => {
    const appLinks = viewFilters.find(({ body }) => body.includes('android:scheme="https"'))
    expect(appLinks?.attributes).toContain('android:autoVerify="true"')
    expect(appLinks?.body).toContain('android.intent.category.BROWSABLE')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Gradle's placeholder, literally.
    expect(appLinks?.body).toContain('android:host="${appLinkHost}"')
    expect(appLinks?.body).toContain(`android:pathPrefix="${APP_LINK_PATH_PREFIX}"`)
    expect(appGradle).toContain(
      `manifestPlaceholders = [appLinkHost: project.findProperty('appLinkHost') ?: '${DEFAULT_APP_LINK_HOST}']`,
    )
  })

  it('opens the custom scheme', () => {
    const scheme = viewFilters.find(({ body }) =>
      body.includes(`android:scheme="${CUSTOM_SCHEME}"`),
    )
    expect(scheme?.body).toContain('android.intent.category.BROWSABLE')
    expect(scheme?.body).toContain('android.intent.action.VIEW')
  })

  it('agrees with the web app on the link prefix and the scheme it routes', () => {
    const appLinks = read('../web-app/src/shared/native/app-links.ts')
    expect(appLinks).toContain(`export const APP_LINK_PREFIX = '${APP_LINK_PATH_PREFIX}'`)
    expect(appLinks).toContain(`export const CUSTOM_SCHEME = '${CUSTOM_SCHEME}:'`)
  })

  it('ships every plugin the web app calls, at the same version range', () => {
    const called = capacitorPlugins(webPackage.dependencies)
    expect(called.length).toBeGreaterThan(0)
    expect(capacitorPlugins(mobilePackage.dependencies).sort()).toEqual(called.sort())
    for (const name of [...called, '@capacitor/core']) {
      expect(mobilePackage.dependencies[name], name).toBe(webPackage.dependencies[name])
    }
  })

  it('is Capacitor 7 throughout (8 needs Node 22)', () => {
    for (const [name, range] of Object.entries(mobilePackage.dependencies)) {
      if (name.startsWith('@capacitor/')) expect(range, name).toMatch(/^\^7\./)
    }
  })

  it('has the brand images at every density, and the notification icon the config names', () => {
    const icon = config.plugins?.LocalNotifications?.smallIcon
    for (const density of ['mdpi', 'hdpi', 'xhdpi', 'xxhdpi', 'xxxhdpi']) {
      for (const file of ['ic_launcher', 'ic_launcher_round', 'ic_launcher_foreground']) {
        expect(exists(`android/app/src/main/res/mipmap-${density}/${file}.png`)).toBe(true)
      }
      expect(exists(`android/app/src/main/res/drawable-${density}/${icon}.png`)).toBe(true)
      expect(exists(`android/app/src/main/res/drawable-port-${density}/splash.png`)).toBe(true)
    }
  })

  it('keeps nothing of the person in cloud backups', () => {
    expect(manifest).toContain('android:allowBackup="false"')
  })
})
