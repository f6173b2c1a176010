import { describe, expect, it } from 'vitest'
import { splitLinks } from './link-text.ts'

const joined = (text: string) =>
  splitLinks(text)
    .map((part) => part.text)
    .join('')

describe('link detection', () => {
  it('finds http and https links inside Persian text and keeps the text as it was', () => {
    const text = 'لطفاً این\u200cصفحه را ببینید: https://yektayar.ir/help?q=1 و http://example.com'
    const parts = splitLinks(text)
    expect(parts.filter((part) => part.kind === 'link').map((part) => part.text)).toEqual([
      'https://yektayar.ir/help?q=1',
      'http://example.com',
    ])
    expect(joined(text)).toBe(text)
    expect(text.includes('\u200c')).toBe(true)
    expect(parts[0]).toEqual({ kind: 'text', text: 'لطفاً این\u200cصفحه را ببینید: ' })
  })

  it('leaves sentence punctuation (Persian too) outside the link', () => {
    for (const [text, link] of [
      ['ببینید https://a.ir/x.', 'https://a.ir/x'],
      ['آیا https://a.ir/x؟', 'https://a.ir/x'],
      ['(https://a.ir/x)', 'https://a.ir/x'],
      ['«https://a.ir/x»،', 'https://a.ir/x'],
      ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ] as const) {
      const found = splitLinks(text).find((part) => part.kind === 'link')
      expect(found?.text, text).toBe(link)
      expect(joined(text)).toBe(text)
    }
  })

  it('never makes a link of another scheme or of a bare domain', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.com',
      'yektayar.ir',
      'www.example.com',
      'mailto:a@b.ir',
    ]) {
      expect(splitLinks(text), text).toEqual([{ kind: 'text', text }])
    }
  })

  it('gives each link a normalised http(s) href and keeps markup as text', () => {
    const [link] = splitLinks('https://YektaYar.ir')
    expect(link).toEqual({
      kind: 'link',
      text: 'https://YektaYar.ir',
      href: 'https://yektayar.ir/',
    })
    const html = '<a href="x">https://a.ir</a>'
    const parts = splitLinks(html)
    expect(parts.find((part) => part.kind === 'link')?.text).toBe('https://a.ir')
    expect(joined(html)).toBe(html)
  })

  it('an empty message is no parts', () => {
    expect(splitLinks('')).toEqual([])
  })
})
