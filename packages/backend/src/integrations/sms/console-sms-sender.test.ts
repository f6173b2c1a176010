import { describe, expect, it, vi } from 'vitest'
import { DevOutbox } from '../outbox/dev-outbox.ts'
import { ConsoleSmsSender } from './console-sms-sender.ts'

function setUp() {
  const outbox = new DevOutbox()
  const logger = { info: vi.fn() }
  return { outbox, logger, sender: new ConsoleSmsSender({ outbox, logger }) }
}

describe('ConsoleSmsSender', () => {
  it('writes the full OTP text to the dev outbox', async () => {
    const { outbox, sender } = setUp()
    await sender.sendOtp('+989121234567', '482913', 'fa')
    expect(outbox.list()).toEqual([
      expect.objectContaining({
        channel: 'sms',
        to: '+989121234567',
        purpose: 'otp',
        text: 'کد ورود شما به یکتایار: 482913\nاین کد تا ۲ دقیقه معتبر است.',
      }),
    ])
  })

  it('writes plain texts as messages and answers the outbox id', async () => {
    const { outbox, sender } = setUp()
    const receipt = await sender.send('+989121234567', 'See you tomorrow')
    expect(outbox.list()[0]).toMatchObject({ purpose: 'message', text: 'See you tomorrow' })
    expect(receipt).toEqual({ messageId: outbox.list()[0]?.id })
  })

  it('writes template sends as the template name and its tokens', async () => {
    const { outbox, sender } = setUp()
    await sender.sendTemplate('+989121234567', 'yekta-reminder', ['فردا', '۱۰:۳۰'])
    expect(outbox.list()[0]).toMatchObject({
      purpose: 'template',
      text: '[yekta-reminder] فردا ۱۰:۳۰',
    })
  })

  it('logs one line with a masked recipient and neither the code nor the number', async () => {
    const { outbox, logger, sender } = setUp()
    await sender.sendOtp('+989121234567', '482913', 'en')
    expect(logger.info).toHaveBeenCalledTimes(1)
    const logged = JSON.stringify(logger.info.mock.calls[0])
    expect(logged).not.toContain('482913')
    expect(logged).not.toContain('9121234567')
    expect(logger.info.mock.calls[0]?.[0]).toEqual({
      channel: 'sms',
      recipient: '+98912***4567',
      purpose: 'otp',
      outboxId: outbox.list()[0]?.id,
    })
  })
})
