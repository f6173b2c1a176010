import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

export interface InitialJsBudgetOptions {
  /** Gzipped kilobytes (1 KB = 1,000 bytes, as Vite prints them) the first screen may load. */
  budgetKb: number
  /**
   * Lazily loaded page modules fetched with the entry (preloaded, or the first route),
   * relative to the app root: every first visit downloads them, so they count too.
   */
  routeModules: string[]
}

interface ChunkInfo {
  code: string
  imports: string[]
}

/**
 * Prints the gzipped JavaScript the first screen needs: the entry, the page chunks fetched
 * with it, and everything those import statically. Over budget fails the build, so a
 * heavy dependency cannot slip into the first screen unnoticed.
 */
export function initialJsBudget({ budgetKb, routeModules }: InitialJsBudgetOptions): Plugin {
  let root = ''
  return {
    name: 'yektayar:initial-js-budget',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>()
      const starts: string[] = []
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue
        chunks.set(fileName, { code: output.code, imports: output.imports })
        const facade = output.facadeModuleId ?? ''
        const isRoute = routeModules.some((module) => facade === `${root}/${module}`)
        if (output.isEntry || isRoute) starts.push(fileName)
      }
      const missing = routeModules.filter(
        (module) =>
          ![...Object.values(bundle)].some(
            (output) => output.type === 'chunk' && output.facadeModuleId === `${root}/${module}`,
          ),
      )
      if (missing.length) this.error(`initial-js-budget: no chunk for ${missing.join(', ')}`)

      const files = closure(starts, chunks)
      const sizes = files.map((file) => ({
        file,
        gzipBytes: gzipSync(chunks.get(file)?.code ?? '', { level: 9 }).length,
      }))
      const totalKb = sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1000
      const lines = sizes
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .map(({ file, gzipBytes }) => `  ${(gzipBytes / 1000).toFixed(2).padStart(8)} kB  ${file}`)
      const verdict = totalKb <= budgetKb ? 'within' : 'OVER'
      console.log(
        [
          '',
          `initial route JavaScript: ${totalKb.toFixed(2)} kB gzipped, ${verdict} the ${budgetKb} kB budget`,
          ...lines,
        ].join('\n'),
      )
      if (totalKb > budgetKb) {
        this.error(
          `initial route JavaScript is ${totalKb.toFixed(2)} kB gzipped (budget ${budgetKb} kB)`,
        )
      }
    },
  }
}

/** The start chunks and every chunk they import statically, each once. */
function closure(starts: string[], chunks: Map<string, ChunkInfo>): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported)
  }
  for (const start of starts) visit(start)
  return [...seen]
}
