import { describe, expect, it } from 'vitest'
import { DevOutbox } from '../outbox/dev-outbox.ts'
import { ConsoleSmsSender } from './console-sms-sender.ts'
import { createSmsSender } from './create-sms-sender.ts'
import { KavenegarSmsSender } from './kavenegar-sms-sender.ts'

const deps = { outbox: new DevOutbox(), logger: { info: () => {} } }

describe('createSmsSender', () => {
  it('uses the console sender for the embedded default', () => {
    expect(createSmsSender({ provider: 'console' }, deps)).toBeInstanceOf(ConsoleSmsSender)
  })

  it('uses Kavenegar when configured', () => {
    const sender = createSmsSender(
      { provider: 'kavenegar', kavenegar: { apiKey: 'k', otpTemplate: 't' } },
      deps,
    )
    expect(sender).toBeInstanceOf(KavenegarSmsSender)
  })

  it('refuses Kavenegar without its settings', () => {
    expect(() => createSmsSender({ provider: 'kavenegar' }, deps)).toThrow('kavenegar')
  })
})
