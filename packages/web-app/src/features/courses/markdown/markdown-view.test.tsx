import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkdownView } from './markdown-view.tsx'
import { parseMarkdown } from './parse-blocks.ts'

const FILE = '/api/v1/files/0b0e5a4e-2a4b-4c3d-9e8f-7a6b5c4d3e2f'

function renderArticle(source: string) {
  return render(<MarkdownView source={source} />).container
}

describe('MarkdownView: what an article cannot do', () => {
  it('shows a <script> as text and runs nothing', () => {
    const marker = { ran: false }
    Object.assign(window, { marker })
    const container = renderArticle(
      'پیش از خواب\n\n<script>window.marker.ran = true</script>\n\n<img src=x onerror="window.marker.ran = true">',
    )
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain('<script>window.marker.ran = true</script>')
    expect(marker.ran).toBe(false)
  })

  it('keeps a javascript: link’s words without the link, in every spelling', () => {
    const container = renderArticle(
      '[بزن](javascript:alert(1)) [دوباره](JaVaScRiPt:alert(1)) [سه](jav&#x61;script:alert(1)) [چهار](<java\tscript:x>) [پنج](data:text/html,hi) [شش][r]\n\n[r]: javascript:alert(2)',
    )
    expect(container.querySelectorAll('a')).toHaveLength(0)
    for (const word of ['بزن', 'دوباره', 'سه', 'چهار', 'پنج', 'شش']) {
      expect(container.textContent).toContain(word)
    }
  })

  it('leaves out a remote image and keeps its description; shows one of ours', () => {
    const container = renderArticle(
      `![ردیاب](https://tracker.example/pixel.png) ![نمودار خواب](${FILE}) ![ارجاع][remote]\n\n[remote]: //evil.example/x.png`,
    )
    const images = container.querySelectorAll('img')
    expect(images).toHaveLength(1)
    expect(images[0]?.getAttribute('src')).toBe(FILE)
    expect(images[0]?.getAttribute('alt')).toBe('نمودار خواب')
    expect(container.textContent).toContain('ردیاب')
  })

  it('links http and https away in a new tab, and paths of ours in place', () => {
    renderArticle('[راهنما](https://example.org/sleep) و [دوره‌ها](/courses)')
    const away = screen.getByRole('link', { name: 'راهنما' })
    expect(away.getAttribute('href')).toBe('https://example.org/sleep')
    expect(away.getAttribute('target')).toBe('_blank')
    expect(away.getAttribute('rel')).toContain('noopener')
    const here = screen.getByRole('link', { name: 'دوره‌ها' })
    expect(here.getAttribute('target')).toBeNull()
  })
})

describe('MarkdownView: what an article can do', () => {
  it('renders headings one level under the page’s, lists, quotes and emphasis, right to left', () => {
    const container = renderArticle(
      '# بهداشت خواب\n\nچند **عادت ساده** و *کوچک*:\n\n- ساعت ثابت\n- نور کم\n  - بدون گوشی\n\n1. نفس\n2. آرام\n\n> خواب، مهارت است.\n\n---',
    )
    expect(screen.getByRole('heading', { level: 2, name: 'بهداشت خواب' })).toBeTruthy()
    expect(container.querySelector('strong')?.textContent).toBe('عادت ساده')
    expect(container.querySelector('em')?.textContent).toBe('کوچک')
    expect(container.querySelectorAll('ul')).toHaveLength(2)
    expect(container.querySelector('ul ul li')?.textContent).toBe('بدون گوشی')
    expect(container.querySelectorAll('ol li')).toHaveLength(2)
    expect(container.querySelector('blockquote')?.textContent).toBe('خواب، مهارت است.')
    expect(container.querySelector('hr')).not.toBeNull()
    expect(container.firstElementChild?.getAttribute('dir')).toBe('rtl')
  })

  it('reads escapes, code spans, entities and hard breaks', () => {
    const blocks = parseMarkdown('\\*نه ستاره\\* `a*b*` &amp; &zwnj;\nخط  \nبعدی')
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '*نه ستاره* ' },
          { type: 'code', text: 'a*b*' },
          { type: 'text', text: ' & \u200c\nخط' },
          { type: 'break' },
          { type: 'text', text: 'بعدی' },
        ],
      },
    ])
  })

  it('does not read underscores inside words as emphasis', () => {
    const container = renderArticle('file_name_here و _تأکید_')
    expect(container.querySelectorAll('em')).toHaveLength(1)
    expect(container.textContent).toContain('file_name_here')
  })
})
