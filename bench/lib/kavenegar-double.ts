import { performance } from 'node:perf_hooks'
import {
  type KavenegarRequest,
  startKavenegarServer,
} from '../../packages/backend/test/kavenegar-server.ts'
import { onExit } from './exit-cleanup.ts'

/** One text Kavenegar was asked to send to one receptor. */
export interface ReceivedSms {
  receptor: string
  method: string
  /** Epoch ms when it arrived, comparable with the bench's other clocks. */
  at: number
}

export interface KavenegarDouble {
  /** What the app's KAVENEGAR_BASE_URL points at. */
  baseUrl: string
  received: ReceivedSms[]
  stop(): Promise<void>
}

const now = () => performance.timeOrigin + performance.now()

/**
 * The backend tests' local server speaking Kavenegar's REST API (test/kavenegar-server.ts:
 * `/v1/{API-KEY}/sms/send.json` and `verify/lookup.json`, HTTP 200 with `return.status` 200).
 * Its request log is replaced by one that stamps each arrival and keeps only the receptor, so
 * the bench can time 10,000 texts and count missed and duplicate ones.
 */
export async function startKavenegarDouble(): Promise<KavenegarDouble> {
  const server = await startKavenegarServer()
  const received: ReceivedSms[] = []
  server.requests.push = (...requests: KavenegarRequest[]) => {
    const at = now()
    for (const { method, params } of requests) {
      for (const receptor of (params.receptor ?? '').split(',').filter(Boolean)) {
        received.push({ receptor, method, at })
      }
    }
    return received.length
  }
  const forget = onExit(() => void server.close())
  return {
    baseUrl: server.baseUrl,
    received,
    async stop() {
      forget()
      await server.close()
    },
  }
}
