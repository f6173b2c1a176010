import type autocannon from 'autocannon'
import { ADMIN_USERS, BENCH_ADMIN, benchPhone } from '../lib/admin-seed-sql.ts'
import { autocannonLoad } from '../lib/autocannon-load.ts'
import { BROWSER_ACCEPT_ENCODING } from '../lib/http-scenario.ts'
import { benchToken } from '../lib/messaging-seed-sql.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { measureExport } from './admin-export.ts'

/** Issue 20: "search users by phone or name: p99 < 50 ms at 50 connections". */
const SEARCH_CONNECTIONS = 50
/** A staff team's dashboards open at once; more would measure queueing, not the page. */
const DASHBOARD_CONNECTIONS = 10

const ADMIN_HEADERS = {
  authorization: `Bearer ${benchToken(BENCH_ADMIN)}`,
  'accept-encoding': BROWSER_ACCEPT_ENCODING,
  'accept-language': 'fa',
}

const NAMES = ['مریم احمدی', 'علي رضايي', 'کریمی', 'زهرا حسینی 4', 'سارا']

/**
 * What an admin types: a phone number in the forms people write it (0912…, 912…, +98912…, with
 * Persian digits, or a part of it), or a name (with Arabic ي/ك as some keyboards type them).
 */
function searchText(n: number): string {
  const person = (n * 7919) % ADMIN_USERS
  const phone = benchPhone(person)
  switch (n % 6) {
    case 0:
      return `0${phone.slice(3)}`
    case 1:
      return phone.slice(3)
    case 2:
      return phone
    case 3:
      return `0${phone.slice(3)}`.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d)
    case 4:
      return phone.slice(-6)
    default:
      return NAMES[n % NAMES.length] ?? 'مریم'
  }
}

/** Fails the run early when the data set or the route is not what the figures claim. */
async function checkSearch({ origin }: Target) {
  const person = 12_345
  const response = await fetch(
    `${origin}/api/v1/users?q=${encodeURIComponent(`0${benchPhone(person).slice(3)}`)}`,
    { headers: ADMIN_HEADERS },
  )
  const body = (await response.json()) as { items?: { id: string }[] }
  if (response.status !== 200 || body.items?.length !== 1) {
    throw new Error(`the phone search answered ${response.status} with ${body.items?.length} rows`)
  }
  const names = await fetch(`${origin}/api/v1/users?q=${encodeURIComponent('مريم')}`, {
    headers: ADMIN_HEADERS,
  })
  const page = (await names.json()) as { items?: unknown[] }
  if (!page.items?.length) throw new Error(`the name search found nobody (${names.status})`)
}

const withConnections = (target: Target, connections: number): Target => ({
  ...target,
  settings: { ...target.settings, connections },
})

export const adminPeopleSearch: Scenario = {
  name: 'admin: GET /api/v1/users?q= (phone or name; 100k people; 50 connections)',
  server: 'admin-app',
  budget: { maxP99Ms: 50 },
  pinned: true,
  async measure(target): Promise<Measurement> {
    await checkSearch(target)
    let next = 0
    const request: autocannon.Request = {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        path: `/api/v1/users?q=${encodeURIComponent(searchText(next++))}`,
      }),
    }
    return autocannonLoad(withConnections(target, SEARCH_CONNECTIONS), {
      path: '/api/v1/users',
      headers: ADMIN_HEADERS,
      requests: [request],
    })
  },
}

export const adminDashboard: Scenario = {
  name: 'admin: GET /api/v1/admin/dashboard (300k appointments and payments; 10 connections)',
  server: 'admin-app',
  budget: { maxP99Ms: 150 },
  pinned: true,
  measure: measureDashboard,
}

/** Every figure from the database on every call (DASHBOARD_CACHE_SECONDS=0): the worst case. */
export const adminDashboardUncached: Scenario = {
  name: 'admin: GET /api/v1/admin/dashboard (cache off)',
  server: 'admin-app-uncached',
  budget: { maxP99Ms: 150 },
  pinned: true,
  measure: measureDashboard,
}

async function measureDashboard(target: Target): Promise<Measurement> {
  const response = await fetch(`${target.origin}/api/v1/admin/dashboard`, {
    headers: ADMIN_HEADERS,
  })
  if (response.status !== 200) {
    throw new Error(`the dashboard answered ${response.status}: ${await response.text()}`)
  }
  return autocannonLoad(withConnections(target, DASHBOARD_CONNECTIONS), {
    path: '/api/v1/admin/dashboard',
    headers: ADMIN_HEADERS,
  })
}

export const adminPaymentsExport: Scenario = {
  name: 'admin: GET /api/v1/admin/payments/export (300k rows as CSV; one download)',
  server: 'admin-app',

  measure: (target) => measureExport(target, ADMIN_HEADERS),
}
