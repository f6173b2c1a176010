import type { MobileConfig } from '../../config/mobile-config.ts'

/** One statement of a Digital Asset Links file: this site lets the app open its links. */
export interface AssetLinkStatement {
  relation: ['delegate_permission/common.handle_all_urls']
  target: { namespace: 'android_app'; package_name: string; sha256_cert_fingerprints: string[] }
}

/**
 * What /.well-known/assetlinks.json says, or null when no signing certificate is configured:
 * a file naming no certificate would verify nothing, and an absent one tells Android plainly
 * that this host has not vouched for any app.
 */
export function assetLinksOf(mobile: MobileConfig): AssetLinkStatement[] | null {
  if (mobile.androidCertSha256.length === 0) return null
  return [
    {
      relation: ['delegate_permission/common.handle_all_urls'],
      target: {
        namespace: 'android_app',
        package_name: mobile.androidAppId,
        sha256_cert_fingerprints: mobile.androidCertSha256,
      },
    },
  ]
}
