import { describe, expect, it } from 'vitest'
import { isWebVtt, MAX_WEBVTT_BYTES } from './webvtt.ts'

const captions = 'WEBVTT\n\n00:00.000 --> 00:04.000\nآرام نفس بکشید\n'

describe('isWebVtt', () => {
  it('takes UTF-8 captions, with or without a byte-order mark or a header text', () => {
    expect(isWebVtt(Buffer.from(captions))).toBe(true)
    expect(isWebVtt(Buffer.from(`\uFEFF${captions}`))).toBe(true)
    expect(isWebVtt(Buffer.from('WEBVTT - تنفس\r\n\r\n'))).toBe(true)
    expect(isWebVtt(Buffer.from('WEBVTT'))).toBe(true)
  })

  it('refuses what only looks like captions', () => {
    expect(isWebVtt(Buffer.from('WEBVTTX\n'))).toBe(false)
    expect(isWebVtt(Buffer.from(' WEBVTT\n'))).toBe(false)
    expect(isWebVtt(Buffer.from('<html>WEBVTT</html>'))).toBe(false)
    expect(isWebVtt(Buffer.from('1\n00:00:00,000 --> 00:00:04,000\nSRT\n'))).toBe(false)
    expect(isWebVtt(Buffer.concat([Buffer.from('WEBVTT\n'), Buffer.from([0xff, 0xfe])]))).toBe(
      false,
    )
    expect(isWebVtt(Buffer.from('WEBVTT\n\0'))).toBe(false)
    expect(isWebVtt(Buffer.alloc(0))).toBe(false)
    expect(isWebVtt(Buffer.from(`WEBVTT\n${'a'.repeat(MAX_WEBVTT_BYTES)}`))).toBe(false)
  })
})
