import autocannon from 'autocannon'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { careFixture } from '../servers/care-fixture.ts'

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/**
 * 200 patients with the run's connections all booking among the same 100 half-hour slots:
 * each request picks a patient and a slot at random, so most lose (409 SLOT_TAKEN) and the
 * rest win (201). Both are correct answers; anything else counts as a failure.
 */
export const careBooking: Scenario = {
  name: 'POST /appointments (contended)',
  server: 'app-care',
  async measure(target: Target): Promise<Measurement> {
    const { booking, patientTokens } = careFixture()
    const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)] as T
    const options: autocannon.Options = {
      url: `${target.origin}/api/v1/appointments`,
      connections: target.settings.connections,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${pick(patientTokens)}`,
            },
            body: JSON.stringify({
              psychologistId: booking.psychologistId,
              sessionTypeId: booking.sessionTypeId,
              startsAt: pick(booking.slots),
            }),
          }),
        },
      ],
    }
    await autocannon({ ...options, duration: target.settings.warmupSeconds })
    const result = await autocannon({ ...options, duration: target.settings.durationSeconds })
    const count = (status: string) => result.statusCodeStats?.[status as `${number}`]?.count ?? 0
    const booked = count('201')
    const taken = count('409')
    log(`booking: ${booked} booked (201), ${taken} SLOT_TAKEN (409) in the measured run`)
    const others = Object.entries(result.statusCodeStats ?? {}).filter(
      ([status]) => status !== '201' && status !== '409',
    )
    if (others.length || result.errors)
      log(
        `booking: also ${others.map(([status, { count }]) => `${count} × ${status}`).join(', ') || 'no other statuses'}; ${result.errors} errors (${result.timeouts} timeouts)`,
      )
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      samples: result.requests.total,
      failures: result.requests.total - booked - taken + result.errors,
    }
  },
}
