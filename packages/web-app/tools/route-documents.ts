import { relative } from 'node:path'
import type { Plugin, Rollup } from 'vite'

export interface RouteDocument {
  /** The document written beside index.html, e.g. `lesson.html`. */
  file: string
  /** Paths it is served for (a regular expression's source, matched against the whole path). */
  pathPattern: string
  /** Lazy page modules of that route, relative to the app root. */
  routeModules: string[]
  /**
   * Scripts from public/ run as soon as they arrive, beside the app's download (to start the
   * page's API request early: public/course-prefetch.js).
   */
  earlyScripts?: string[]
}

/** Where the backend reads which document to send for which path (plugins/static-apps.ts). */
export const ROUTE_DOCUMENTS_FILE = 'route-documents.json'

/** Chunks by file name, and the chunks each imports statically, transitively. */
function withImports(bundle: Rollup.OutputBundle, files: Iterable<string>): Set<string> {
  const found = new Set<string>()
  const pending = [...files]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue
    found.add(file)
    const output = bundle[file]
    if (output?.type === 'chunk') pending.push(...output.imports)
  }
  return found
}

/**
 * The chunks of these modules and every chunk they import, however deep: a chunk two imports
 * down («course-actions» → «problem-alert») would otherwise be found only once its importer has
 * downloaded, one more round trip.
 */
function chunksOf(bundle: Rollup.OutputBundle, root: string, modules: string[]): Set<string> {
  const facades = Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk =>
      output.type === 'chunk' &&
      output.facadeModuleId !== null &&
      modules.includes(relative(root, output.facadeModuleId)),
  )
  return withImports(
    bundle,
    facades.map((chunk) => chunk.fileName),
  )
}

/** What the entry runs before anything else: its chunk and all it imports. */
function entryChunks(bundle: Rollup.OutputBundle): Set<string> {
  const entries = Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk => output.type === 'chunk' && output.isEntry,
  )
  return withImports(
    bundle,
    entries.map((chunk) => chunk.fileName),
  )
}

const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g

/**
 * index.html's module preloads without `drop`: the first screen's pages (home, sign-in, the
 * directory) would, on a lesson, only take bandwidth from the lesson's own chunks.
 */
function withoutPreloads(html: string, base: string, drop: Set<string>): string {
  return html.replace(MODULE_PRELOAD, (link, href: string) =>
    drop.has(href.slice(base.length)) ? '' : link,
  )
}

/**
 * Right after the title, before every other request the head makes, so the browser asks for
 * them first; async and high priority, since Chrome fetches async scripts last otherwise.
 */
function withEarlyScripts(html: string, base: string, scripts: string[]): string {
  if (scripts.length === 0) return html
  if (!html.includes('</title>')) throw new Error('early scripts go after the title')
  const tags = scripts.map(
    (script) => `<script src="${base}${script}" async fetchpriority="high"></script>`,
  )
  return html.replace('</title>', `</title>\n    ${tags.join('\n    ')}`)
}

/**
 * index.html copies for routes people open from a link (a lesson sent by their psychologist, a
 * course in the catalogue), each preloading its page's chunks: from index.html the browser finds
 * them only once the entry has run and the router has matched, one more round trip before the
 * page paints. The first screen's budget is untouched: only those routes' visitors download them.
 * Written after index.html is final, so each copy keeps its own preloads too.
 */
export function routeDocuments(
  documents: RouteDocument[],
  /** The pages index.html preloads for the first screen (tools/preload-first-screen.ts). */
  firstScreenModules: string[],
): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'yektayar:route-documents',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index?.type !== 'asset') throw new Error('route documents need index.html')
      const html = String(index.source)
      const entry = entryChunks(bundle)
      const firstScreen = chunksOf(bundle, root, firstScreenModules)
      for (const document of documents) {
        const route = chunksOf(bundle, root, document.routeModules)
        const unused = [...firstScreen].filter((file) => !entry.has(file) && !route.has(file))
        const shell = withoutPreloads(html, base, new Set(unused))
        const links = [...route]
          .filter((file) => !shell.includes(`"${base}${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
        if (links.length === 0) throw new Error(`no chunk found for ${document.file}`)
        const source = withEarlyScripts(
          shell.replace('</head>', `  ${links.join('\n    ')}\n  </head>`),
          base,
          document.earlyScripts ?? [],
        )
        this.emitFile({ type: 'asset', fileName: document.file, source })
      }
      const table = documents.map(({ file, pathPattern }) => ({ file, pathPattern }))
      this.emitFile({
        type: 'asset',
        fileName: ROUTE_DOCUMENTS_FILE,
        source: `${JSON.stringify(table, null, 2)}\n`,
      })
    },
  }
}
