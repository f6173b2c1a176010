import { describe, expect, it } from 'vitest'
import { findUnsafeMarkdown, safeMarkdownUrl } from './markdown-safety.ts'

const FILE = '/api/v1/files/0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87'
const kinds = (markdown: string) => findUnsafeMarkdown(markdown).map((issue) => issue.kind)

describe('safeMarkdownUrl', () => {
  it.each([
    'https://www.who.int/fa',
    'http://example.com/a(b)',
    'mailto:help@yektayar.ir',
    '/courses',
    '#breathing',
    'next-lesson',
    '',
  ])('keeps the link %j', (url) => {
    expect(safeMarkdownUrl(url, 'link')).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript&colon;alert(1)',
    'javascript\\:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u200bscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/x',
  ])('drops the link %j', (url) => {
    expect(safeMarkdownUrl(url, 'link')).toBeNull()
  })

  it('takes images only from our storage', () => {
    expect(safeMarkdownUrl(FILE, 'image')).toBe(FILE)
    expect(safeMarkdownUrl(`${FILE}/fallback`, 'image')).toBe(`${FILE}/fallback`)
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://example.com/a.png',
      '//cdn.example/a.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'picture.png',
      `https://yektayar.ir${FILE}`,
      `${FILE}/../../users/me`,
      'javascript:alert(1)',
    ]) {
      expect(safeMarkdownUrl(url, 'image')).toBeNull()
    }
  })
})

describe('findUnsafeMarkdown', () => {
  it('passes ordinary Persian articles with links, our images and a comparison sign', () => {
    const article = [
      '## خواب بهتر',
      'برای **خواب** منظم، هر روز در ساعت ثابتی بیدار شوید. اگر کمتر از < ۵ ساعت خوابیدید، نگران نباشید.',
      `![نمودار چرخه خواب](${FILE} "چرخه")`,
      '[سازمان جهانی بهداشت](https://www.who.int/fa) و <https://www.who.int> و <help@yektayar.ir>',
      '[درس بعد](#next) [منبع][who]',
      '',
      '[who]: https://www.who.int',
    ].join('\n')
    expect(findUnsafeMarkdown(article)).toEqual([])
  })

  it('finds raw HTML: script, event handlers, closing tags and comments', () => {
    expect(kinds('سلام <script>alert(1)</script>')).toEqual(['raw_html', 'raw_html'])
    expect(kinds('<img src=x onerror=alert(1)>')).toEqual(['raw_html'])
    expect(kinds('<iframe/src="https://evil.example">')).toEqual(['raw_html'])
    expect(kinds('<!-- hidden -->')).toEqual(['raw_html'])
    expect(kinds('`<script>` in code too')).toEqual(['raw_html'])
    expect(findUnsafeMarkdown('<SCRIPT>')[0]?.excerpt).toBe('<SCRIPT>')
  })

  it('finds javascript: links inline, by reference, as autolinks and obfuscated', () => {
    expect(kinds('[click](javascript:alert(1))')).toEqual(['unsafe_link'])
    expect(kinds('[click](<javascript:alert(1)>)')).toEqual(['unsafe_link'])
    expect(kinds('[click]( jav&#x61;script:alert(1) "t")')).toEqual(['unsafe_link'])
    expect(kinds('[click][x]\n\n[x]: javascript:alert(1)')).toEqual(['unsafe_link'])
    expect(kinds('<javascript:alert(1)>')).toEqual(['unsafe_link'])
    expect(kinds('[outer ![inner](/api/v1/files/x) text](javascript:void(0))')).toContain(
      'unsafe_link',
    )
  })

  it('finds remote images inline, nested in a link, and by reference', () => {
    expect(kinds('![pixel](https://tracker.example/p.gif)')).toEqual(['remote_image'])
    expect(kinds(`[![a](https://tracker.example/p.gif)](${FILE})`)).toEqual(['remote_image'])
    expect(kinds('![pixel][p]\n\n[p]: https://tracker.example/p.gif')).toEqual(['remote_image'])
    expect(kinds('![p]\n\n[p]: https://tracker.example/p.gif')).toEqual(['remote_image'])
    expect(kinds(`![ours][p]\n\n[p]: ${FILE}`)).toEqual([])
  })

  it('ignores escaped brackets and shortens long excerpts', () => {
    expect(kinds('\\[not a link\\](javascript:alert(1))')).toEqual([])
    const long = `[x](javascript:${'a'.repeat(200)})`
    expect(findUnsafeMarkdown(long)[0]?.excerpt).toHaveLength(80)
  })
})
