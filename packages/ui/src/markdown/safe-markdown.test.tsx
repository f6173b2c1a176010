import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SafeMarkdown } from './safe-markdown.tsx'

const OUR_IMAGE = '/api/v1/files/0b6c3f1e-8a2d-4c1e-9f3a-2d4e5f6a7b8c'

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

  it('reads English articles left to right', () => {
    expect(renderArticle('Sleep well.', 'en').getAttribute('dir')).toBe('ltr')
  })
})
