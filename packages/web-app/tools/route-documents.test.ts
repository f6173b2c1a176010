import type { Plugin, Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { routeDocuments } from './route-documents.ts'

const preload = (file: string) => `<link rel="modulepreload" crossorigin href="/assets/${file}">`

function chunk(fileName: string, facade: string | null, imports: string[], isEntry = false) {
  return { type: 'chunk', fileName, facadeModuleId: facade, imports, isEntry }
}

/** A built app: an entry, a first-screen page and a lesson page two imports deep. */
function bundle(): Rollup.OutputBundle {
  const html = `<html><head><title>t</title>\n${['runtime.js', 'app.js', 'strings.js', 'home.js', 'shared.js'].map(preload).join('\n')}\n</head></html>`
  const outputs = [
    { type: 'asset', fileName: 'index.html', source: html },
    chunk('assets/app.js', '/r/src/main.tsx', ['assets/runtime.js'], true),
    chunk('assets/runtime.js', null, []),
    chunk('assets/strings.js', '/r/src/strings.ts', []),
    chunk('assets/home.js', '/r/src/home.tsx', ['assets/shared.js']),
    chunk('assets/shared.js', null, []),
    chunk('assets/lesson.js', '/r/src/lesson.tsx', ['assets/actions.js', 'assets/shared.js']),
    chunk('assets/actions.js', null, ['assets/alert.js']),
    chunk('assets/alert.js', null, []),
  ]
  return Object.fromEntries(outputs.map((output) => [output.fileName, output])) as never
}

function build(): Map<string, string> {
  const plugin = routeDocuments(
    [
      {
        file: 'lesson.html',
        pathPattern: '^/lesson$',
        routeModules: ['src/lesson.tsx'],
        earlyScripts: ['prefetch.js'],
      },
    ],
    ['src/home.tsx'],
  ) as Plugin & {
    configResolved: (config: { root: string; base: string }) => void
    generateBundle: (this: unknown, options: unknown, bundle: Rollup.OutputBundle) => void
  }
  plugin.configResolved({ root: '/r', base: '/' })
  const emitted = new Map<string, string>()
  const context = {
    emitFile: ({ fileName, source }: { fileName: string; source: string }) =>
      emitted.set(fileName, source),
  }
  plugin.generateBundle.call(context, {}, bundle())
  return emitted
}

describe('route documents', () => {
  const lesson = build().get('lesson.html') ?? ''

  it('preload every chunk of the route, however deep its import', () => {
    for (const file of ['lesson.js', 'actions.js', 'alert.js', 'shared.js']) {
      expect(lesson).toContain(preload(file))
    }
  })

  it("keep the entry's and the strings' preloads but not the first screen's pages", () => {
    for (const file of ['runtime.js', 'app.js', 'strings.js'])
      expect(lesson).toContain(preload(file))
    expect(lesson).not.toContain('home.js')
  })

  it('run their early scripts before any other request of the head', () => {
    expect(lesson).toContain(
      '<title>t</title>\n    <script src="/prefetch.js" async fetchpriority="high"></script>\n<link',
    )
  })

  it('preload a chunk once', () => {
    expect(lesson.split(preload('shared.js')).length).toBe(2)
  })

  it('tell the backend which document serves which path', () => {
    expect(JSON.parse(build().get('route-documents.json') ?? '[]')).toEqual([
      { file: 'lesson.html', pathPattern: '^/lesson$' },
    ])
  })
})
