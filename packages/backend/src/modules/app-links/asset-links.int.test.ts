import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { loadConfig } from '../../config/config.ts'

const UPLOAD_KEY = `${'AB:'.repeat(31)}CD`
const PLAY_KEY = `${'12:'.repeat(31)}ef`

describe('/.well-known/assetlinks.json', () => {
  let configured: TestApp
  let bare: TestApp
  beforeAll(async () => {
    configured = await createTestApp({
      env: { ANDROID_CERT_SHA256: `${UPLOAD_KEY}, ${PLAY_KEY}` },
    })
    bare = await createTestApp({ database: configured.database })
  })
  afterAll(async () => {
    await bare.close()
    await configured.close()
  })

  it("vouches for the app's package and every configured certificate", async () => {
    const response = await configured.app.inject({ url: '/.well-known/assetlinks.json' })
    expect(response.statusCode).toBe(200)
    // Android reads it only as JSON, and only without a redirect.
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.json()).toEqual([
      {
        relation: ['delegate_permission/common.handle_all_urls'],
        target: {
          namespace: 'android_app',
          package_name: 'ir.yektayar.app',
          sha256_cert_fingerprints: [UPLOAD_KEY, PLAY_KEY.toUpperCase()],
        },
      },
    ])
  })

  it('is not there while no certificate is configured', async () => {
    const response = await bare.app.inject({ url: '/.well-known/assetlinks.json' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' })
  })
})

describe('ANDROID_CERT_SHA256 and ANDROID_APP_ID', () => {
  it('refuse what is not a SHA-256 fingerprint or a package name, at boot', () => {
    expect(() => loadConfig({ ANDROID_CERT_SHA256: 'AB:CD' })).toThrow(/ANDROID_CERT_SHA256/)
    expect(() => loadConfig({ ANDROID_CERT_SHA256: 'not a fingerprint' })).toThrow(
      /ANDROID_CERT_SHA256/,
    )
    expect(() => loadConfig({ ANDROID_APP_ID: 'yektayar' })).toThrow(/ANDROID_APP_ID/)
  })

  it('default to the app id of capacitor.config.ts and no certificate', () => {
    expect(loadConfig({}).mobile).toEqual({
      androidAppId: 'ir.yektayar.app',
      androidCertSha256: [],
    })
  })
})
