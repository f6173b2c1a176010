import { describe, expect, it } from 'vitest'
import { DevOutbox } from '../outbox/dev-outbox.ts'
import { ConsoleEmailSender } from './console-email-sender.ts'
import { createEmailSender } from './create-email-sender.ts'
import { SmtpEmailSender } from './smtp-email-sender.ts'

const deps = { outbox: new DevOutbox(), logger: { info: () => {} } }

describe('createEmailSender', () => {
  it('uses the console sender for the embedded default', () => {
    expect(createEmailSender({ provider: 'console' }, deps)).toBeInstanceOf(ConsoleEmailSender)
  })

  it('uses SMTP when configured', () => {
    const sender = createEmailSender(
      { provider: 'smtp', smtp: { url: 'smtp://127.0.0.1:2525', from: 'a@b.io' } },
      deps,
    )
    expect(sender).toBeInstanceOf(SmtpEmailSender)
    ;(sender as SmtpEmailSender).close()
  })

  it('refuses SMTP without its settings', () => {
    expect(() => createEmailSender({ provider: 'smtp' }, deps)).toThrow('smtp')
  })
})
