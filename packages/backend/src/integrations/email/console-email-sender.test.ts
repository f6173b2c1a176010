import { describe, expect, it, vi } from 'vitest'
import { DevOutbox } from '../outbox/dev-outbox.ts'
import { ConsoleEmailSender } from './console-email-sender.ts'

function setUp() {
  const outbox = new DevOutbox()
  const logger = { info: vi.fn() }
  return { outbox, logger, sender: new ConsoleEmailSender({ outbox, logger }) }
}

describe('ConsoleEmailSender', () => {
  it('writes the OTP email with subject and full text to the dev outbox', async () => {
    const { outbox, sender } = setUp()
    await sender.sendOtp('sara@example.com', '482913', 'en')
    expect(outbox.list()).toEqual([
      expect.objectContaining({
        channel: 'email',
        to: 'sara@example.com',
        subject: 'Your YektaYar sign-in code',
        purpose: 'otp',
        text: expect.stringContaining('Your YektaYar sign-in code: 482913'),
      }),
    ])
  })

  it('writes other emails as messages', async () => {
    const { outbox, sender } = setUp()
    await sender.send({ to: 'sara@example.com', subject: 'Hello', text: 'Body', html: '<p>x</p>' })
    expect(outbox.list()[0]).toMatchObject({ subject: 'Hello', text: 'Body', purpose: 'message' })
  })

  it('logs one line with a masked address and no code', async () => {
    const { logger, sender } = setUp()
    await sender.sendOtp('sara@example.com', '482913', 'fa')
    expect(logger.info).toHaveBeenCalledTimes(1)
    const logged = JSON.stringify(logger.info.mock.calls[0])
    expect(logged).not.toContain('482913')
    expect(logged).not.toContain('sara@')
    expect(logger.info.mock.calls[0]?.[0]).toMatchObject({ recipient: 's***@example.com' })
  })
})
