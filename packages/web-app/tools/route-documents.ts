import { relative } from 'node:path'
import type { Plugin, Rollup } from 'vite'

export interface RouteDocument {
  /** The document written beside index.html, e.g. `lesson.html`. */
  file: string
  /** Paths it is served for (a regular expression's source, matched against the whole path). */
  pathPattern: string
  /** Lazy page modules of that route, relative to the app root. */
  routeModules: string[]
}

/** Where the backend reads which document to send for which path (plugins/static-apps.ts). */
export const ROUTE_DOCUMENTS_FILE = 'route-documents.json'

/** The chunks of these modules and every chunk they import, by file name. */
function chunksOf(bundle: Rollup.OutputBundle, root: string, modules: string[]): string[] {
  const files = new Set<string>()
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !output.facadeModuleId) continue
    if (!modules.includes(relative(root, output.facadeModuleId))) continue
    for (const file of [output.fileName, ...output.imports]) files.add(file)
  }
  return [...files]
}

/**
 * index.html copies for routes people open from a link (a lesson sent by their psychologist, a
 * course in the catalogue), each preloading its page's chunks: from index.html the browser finds
 * them only once the entry has run and the router has matched, one more round trip before the
 * page paints. The first screen's budget is untouched: only those routes' visitors download them.
 * Written after index.html is final, so each copy keeps its own preloads too.
 */
export function routeDocuments(documents: RouteDocument[]): Plugin {
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
      for (const document of documents) {
        const links = chunksOf(bundle, root, document.routeModules)
          .filter((file) => !html.includes(`"${base}${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
        if (links.length === 0) throw new Error(`no chunk found for ${document.file}`)
        const source = html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
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
