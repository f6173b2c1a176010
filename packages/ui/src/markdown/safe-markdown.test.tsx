import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configureApiTransport } from '../api/api-transport.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { SafeMarkdown } from './safe-markdown.tsx'

initI18n({ fa: {}, en: {} })

const FILE_ID = '0b6c3f1e-8a2d-4c1e-9f3a-2d4e5f6a7b8c'
const OUR_IMAGE = `/api/v1/files/${FILE_ID}`

function renderArticle(markdown: string, lang?: 'fa' | 'en') {
  // Our pictures go through useSignedUrl, which every app provides a query client for.
  const { container } = render(
    <QueryClientProvider client={new QueryClient()}>
      <SafeMarkdown lang={lang}>{markdown}</SafeMarkdown>
    </QueryClientProvider>,
  )
  return container.firstElementChild as HTMLElement
}

describe('SafeMarkdown', () => {
  it('renders a Persian article right to left, headings one level below the page title', () => {
    const article = renderArticle('# خواب\n\nخواب کافی **مهم** است.\n\n- یک\n- دو')
    expect(article.getAttribute('dir')).toBe('rtl')
    expect(article.getAttribute('lang')).toBe('fa')
    expect(screen.getByRole('heading', { level: 2, name: 'خواب' })).toBeTruthy()
    expect(screen.getByText('مهم').tagName).toBe('STRONG')
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('drops raw HTML: no script, no element, no handler', () => {
    const article = renderArticle(
      'پیش <script>alert(1)</script> پس\n\n<img src=x onerror="alert(2)">\n\n<b>پررنگ</b>',
    )
    expect(article.querySelector('script, img, b')).toBeNull()
    // What stood between the tags is only text now.
    expect(article.innerHTML).not.toMatch(/onerror|<script/)
  })

  it('turns javascript:, data: and disguised links into plain text, keeps https and ours', () => {
    const article = renderArticle(
      [
        '[بد](javascript:alert(1))',
        '[داده](data:text/html,x)',
        '[پنهان](jav&#x61;script:alert(1))',
        '[خوب](https://example.org/a)',
        '[درس](/courses/1)',
      ].join('\n\n'),
    )
    const links = [...article.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['https://example.org/a', '/courses/1'])
    expect(screen.getByText('بد').tagName).toBe('SPAN')
    expect(screen.getByText('پنهان').tagName).toBe('SPAN')
    const external = screen.getByRole('link', { name: 'خوب' })
    expect(external.getAttribute('rel')).toBe('noopener noreferrer nofollow')
    expect(external.getAttribute('target')).toBe('_blank')
    expect(screen.getByRole('link', { name: 'درس' }).getAttribute('target')).toBeNull()
  })

  it('shows images from our storage only; a remote one leaves its description', () => {
    const article = renderArticle(`![ما](${OUR_IMAGE})\n\n![دور](https://evil.example/x.png)`)
    const images = [...article.querySelectorAll('img')]
    expect(images.map((img) => img.getAttribute('src'))).toEqual([OUR_IMAGE])
    expect(screen.getByText('[دور]')).toBeTruthy()
  })

  it('follows reference links and pictures to their definitions, with titles', () => {
    const article = renderArticle(
      `[درس][lesson] و ![نمودار][chart]\n\n[lesson]: /courses/1 "درس بعد"\n[chart]: ${OUR_IMAGE} "خواب"`,
    )
    const link = screen.getByRole('link', { name: 'درس' })
    expect([link.getAttribute('href'), link.getAttribute('title')]).toEqual([
      '/courses/1',
      'درس بعد',
    ])
    const image = screen.getByRole('img', { name: 'نمودار' })
    expect([image.getAttribute('src'), image.getAttribute('title')]).toEqual([OUR_IMAGE, 'خواب'])
    // The definitions themselves show nothing.
    expect(article.textContent).not.toContain('/courses/1')
  })

  it('drops an HTML block whole and inline tags alone, keeping the words between them', () => {
    const article = renderArticle('<div>\n*پنهان*\n</div>\n\nیک <span>دو</span> <!-- سه -->')
    expect(article.querySelector('div, span, em')).toBeNull()
    expect(article.textContent).toBe('یک دو ')
  })

  it('refuses javascript: in any case, spacing or reference, keeping the words', () => {
    const article = renderArticle(
      '[یک](JaVaScRiPt:alert(1)) [دو](<java\tscript:x>) [سه][r] ![چهار][far]\n\n[r]: javascript:alert(2)\n[far]: //evil.example/x.png',
    )
    expect(article.querySelectorAll('a, img')).toHaveLength(0)
    for (const word of ['یک', 'دو', 'سه', 'چهار']) expect(article.textContent).toContain(word)
  })

  it('puts the top headings at h2 whether the author began at # or ##, skipping no level', () => {
    renderArticle('## خواب\n\n#### جزئیات\n\n## بیداری')
    const levels = screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])
    expect(levels).toEqual([
      ['H2', 'خواب'],
      ['H4', 'جزئیات'],
      ['H2', 'بیداری'],
    ])
  })

  it('nests lists, keeps a tight list to words and a loose one to paragraphs, and an ordered start', () => {
    const article = renderArticle('3. یک\n   - الف\n   - ب\n4. دو\n\n---\n\n- سه\n\n- چهار')
    const [ordered, nested, loose] = [...article.querySelectorAll('ol, ul')]
    expect(ordered?.getAttribute('start')).toBe('3')
    expect(ordered?.className).toContain('[&:lang(fa)]:list-[persian]')
    expect(nested?.parentElement?.parentElement).toBe(ordered)
    expect([...(nested?.children ?? [])].map((item) => item.textContent)).toEqual(['الف', 'ب'])
    expect(ordered?.querySelector('p')).toBeNull()
    expect([...(loose?.querySelectorAll('li > p') ?? [])].map((p) => p.textContent)).toEqual([
      'سه',
      'چهار',
    ])
    expect(article.querySelector('hr')?.className).toBe('my-6 border-line')
  })

  it('quotes, breaks lines, and keeps code left to right and as written', () => {
    const article = renderArticle(
      '> نقل **قول**\n\nخط یک  \nخط دو `a < b`\n\n```\nx = 1 &amp; 2\n```',
    )
    expect(article.querySelector('blockquote strong')?.textContent).toBe('قول')
    expect(article.querySelector('p br')).not.toBeNull()
    const [inline, block] = [...article.querySelectorAll('code')]
    expect([inline?.getAttribute('dir'), inline?.textContent]).toEqual(['ltr', 'a < b'])
    expect(block?.parentElement?.tagName).toBe('PRE')
    expect(block?.textContent).toBe('x = 1 &amp; 2\n')
  })

  it('decodes character references in text and addresses, as CommonMark does', () => {
    renderArticle('نیم&zwnj;فاصله &amp; [پیوند](https://example.org/?a=1&amp;b=2)')
    expect(screen.getByText(/فاصله/).textContent).toContain('نیم\u200cفاصله & ')
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://example.org/?a=1&b=2')
  })

  it('reads English articles left to right', () => {
    expect(renderArticle('Sleep well.', 'en').getAttribute('dir')).toBe('ltr')
  })
})

describe('SafeMarkdown in the Android app (a bearer token)', () => {
  // The API's link endpoint on loopback, answering as the backend does.
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*')
    response.setHeader(
      'access-control-allow-headers',
      'authorization, content-type, accept-language',
    )
    if (request.method === 'OPTIONS') return response.writeHead(204).end()
    const expiresAt = new Date(Date.now() + 300_000).toISOString()
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ url: `/api/v1/files/${FILE_ID}?sig=s1`, expiresAt }))
  })
  let origin = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    configureApiTransport({ baseUrl: origin, keepSessionToken: () => {} }, 'tok')
  })
  afterAll(async () => {
    configureApiTransport({ baseUrl: '' })
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('shows an article picture through a signed link on the API’s origin', async () => {
    renderArticle(`![ما](${OUR_IMAGE})`)
    const image = screen.getByRole('img', { name: 'ما' })
    await waitFor(() =>
      expect(image.getAttribute('src')).toBe(`${origin}/api/v1/files/${FILE_ID}?sig=s1`),
    )
  })
})
