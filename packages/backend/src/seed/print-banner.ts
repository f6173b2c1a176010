import type { Config } from '../config/config.ts'
import type { Database } from '../db/database.ts'
import type { DemoAccount } from './demo-accounts.ts'

interface BannerInput {
  config: Config
  demo?: DemoAccount[]
  startupMs: number
  database: Database
}

/** What a person starting the platform needs: where it is, and who they can sign in as. */
export function printBanner({ config, demo, startupMs, database }: BannerInput): void {
  const url = config.publicUrl
  const store =
    database.kind === 'pglite' ? `embedded PGlite (${config.database.dataDir})` : 'PostgreSQL'
  const lines = [
    '',
    `YektaYar is listening on ${url}  (ready in ${Math.round(startupMs)} ms, ${store})`,
    `  web app       ${url}/`,
    `  admin panel   ${url}/admin/`,
    `  API docs      ${url}/api/docs`,
    `  health        ${url}/healthz  ${url}/readyz`,
  ]
  if (config.identity.devOutbox)
    lines.push(`  dev outbox    ${url}/api/v1/dev/outbox  (sign-in codes)`)
  if (demo?.length) {
    lines.push(
      '',
      'Demo accounts (sign in with the phone or email; each code is printed here and kept in the dev outbox):',
    )
    for (const account of demo) {
      const name = `${account.profile.firstNameEn} ${account.profile.lastNameEn}`
      lines.push(
        `  ${account.type.padEnd(13)} ${account.phone}  ${account.email.padEnd(36)} ${name}`,
      )
    }
    lines.push(
      '  (the admin enrols two-step sign-in first, as every staff member must in production)',
    )
  }
  console.log(lines.join('\n'))
}
