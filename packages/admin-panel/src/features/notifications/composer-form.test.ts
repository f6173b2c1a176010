import { describe, expect, it } from 'vitest'
import { type ComposerValues, composeAnnouncement, EMPTY_COMPOSER } from './composer-form.ts'

const NOW = Date.parse('2026-03-20T10:00:00Z')
const filled: ComposerValues = {
  ...EMPTY_COMPOSER,
  audience: 'psychologists',
  titleFa: ' عنوان ',
  titleEn: 'Title',
  bodyFa: 'متن',
  bodyEn: 'Body',
}

describe('composeAnnouncement', () => {
  it('builds the API body, trimmed, without sendAt when sent now', () => {
    expect(composeAnnouncement(filled, 'Asia/Tehran', NOW)).toEqual({
      body: {
        audience: 'psychologists',
        title: { fa: 'عنوان', en: 'Title' },
        body: { fa: 'متن', en: 'Body' },
      },
    })
  })

  it('names every empty or too long field', () => {
    const result = composeAnnouncement(
      { ...EMPTY_COMPOSER, titleEn: 'x'.repeat(121), bodyFa: '   ' },
      'Asia/Tehran',
      NOW,
    )
    expect(result).toEqual({
      errors: {
        titleFa: { key: 'required' },
        titleEn: { key: 'tooLong', max: 120 },
        bodyFa: { key: 'required' },
        bodyEn: { key: 'required' },
      },
    })
  })

  it('reads a later send time in the zone and refuses one in the past', () => {
    const later = composeAnnouncement(
      { ...filled, when: 'later', sendAt: '2026-03-21T09:30' },
      'Asia/Tehran',
      NOW,
    )
    expect(later).toMatchObject({ body: { sendAt: '2026-03-21T06:00:00.000Z' } })
    const past = composeAnnouncement(
      { ...filled, when: 'later', sendAt: '2026-03-20T13:00' },
      'Asia/Tehran',
      NOW,
    )
    expect(past).toEqual({ errors: { sendAt: { key: 'sendAtPast' } } })
    const missing = composeAnnouncement({ ...filled, when: 'later' }, 'Asia/Tehran', NOW)
    expect(missing).toEqual({ errors: { sendAt: { key: 'sendAtMissing' } } })
  })
})
