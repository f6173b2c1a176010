import { describe, expect, it } from 'vitest'
import { DevOutbox } from './dev-outbox.ts'

const sms = (to: string, text: string) => ({ channel: 'sms' as const, to, text, purpose: 'otp' })

describe('DevOutbox', () => {
  it('stores messages with an id and a UTC timestamp', () => {
    const outbox = new DevOutbox({ now: () => new Date('2026-11-24T10:00:00.000Z') })
    const stored = outbox.add({
      channel: 'email',
      to: 'a@b.io',
      subject: 'Hi',
      text: 'Body',
      purpose: 'message',
    })
    expect(stored).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      channel: 'email',
      to: 'a@b.io',
      subject: 'Hi',
      text: 'Body',
      purpose: 'message',
      createdAt: '2026-11-24T10:00:00.000Z',
    })
    expect(outbox.list()).toEqual([stored])
  })

  it('lists newest first and filters by recipient', () => {
    const outbox = new DevOutbox()
    outbox.add(sms('+989121234567', 'first'))
    outbox.add(sms('+989350000000', 'other'))
    outbox.add(sms('+989121234567', 'second'))
    expect(outbox.list().map((m) => m.text)).toEqual(['second', 'other', 'first'])
    expect(outbox.list({ to: '+989121234567' }).map((m) => m.text)).toEqual(['second', 'first'])
    expect(outbox.list({ to: '+989000000000' })).toEqual([])
  })

  it('keeps only the most recent messages up to its capacity', () => {
    const outbox = new DevOutbox({ capacity: 3 })
    for (let i = 1; i <= 5; i++) outbox.add(sms('+989121234567', `m${i}`))
    expect(outbox.list().map((m) => m.text)).toEqual(['m5', 'm4', 'm3'])
  })

  it('holds 200 messages by default', () => {
    const outbox = new DevOutbox()
    for (let i = 0; i < 250; i++) outbox.add(sms('+989121234567', `m${i}`))
    expect(outbox.list()).toHaveLength(200)
    expect(outbox.list().at(-1)?.text).toBe('m50')
  })

  it('does not let callers mutate its contents through a listed array', () => {
    const outbox = new DevOutbox()
    outbox.add(sms('+989121234567', 'kept'))
    outbox.list().length = 0
    expect(outbox.list()).toHaveLength(1)
  })

  it('clears everything and instances do not share state', () => {
    const first = new DevOutbox()
    const second = new DevOutbox()
    first.add(sms('+989121234567', 'x'))
    expect(second.list()).toEqual([])
    first.clear()
    expect(first.list()).toEqual([])
  })

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new DevOutbox({ capacity: 0 })).toThrow(RangeError)
  })
})
