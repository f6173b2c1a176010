import { relative } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'

export interface PreloadFirstScreenOptions {
  /** Lazy page modules of the usual first screen, relative to the app root. */
  routeModules: string[]
  /** Built assets to fetch as fonts from the start, matched by file name. */
  fonts: RegExp[]
}

/**
 * Adds preload links to index.html for what the first screen needs but the browser would only
 * discover late: the first page's lazy chunk (found only once the entry has run) and the body
 * font (found only once text is rendered). Both then download alongside the entry, instead
 * of after it.
 */
export function preloadFirstScreen({ routeModules, fonts }: PreloadFirstScreenOptions): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'yektayar:preload-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const files: string[] = []
        const tags: HtmlTagDescriptor[] = []
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId) {
            const module = relative(root, output.facadeModuleId)
            if (routeModules.includes(module)) files.push(output.fileName, ...output.imports)
          }
          if (output.type === 'asset' && fonts.some((font) => font.test(output.fileName))) {
            tags.push(
              link({ rel: 'preload', as: 'font', type: 'font/woff2' }, base + output.fileName),
            )
          }
        }
        for (const file of new Set(files)) {
          // The entry's own imports are already preloaded by Vite.
          if (!html.includes(`"${base}${file}"`))
            tags.push(link({ rel: 'modulepreload' }, base + file))
        }
        return tags
      },
    },
  }
}

function link(attrs: Record<string, string>, href: string): HtmlTagDescriptor {
  // Fonts and modules are always fetched in CORS mode; a preload without crossorigin would
  // be fetched twice.
  return { tag: 'link', attrs: { ...attrs, crossorigin: true, href }, injectTo: 'head' }
}
