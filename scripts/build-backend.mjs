// `npm run build` (backend part): bundles packages/backend/src into packages/backend/dist as
// plain JavaScript, so production runs `node` alone (no tsx, no TypeScript at run time).
//
// Why esbuild rather than tsc: the backend imports @yektayar/shared, whose package.json points at
// its TypeScript sources; per-file compilation would leave those imports to Node, which cannot
// load .ts (Node 20) or strips types only outside node_modules (Node 24). Bundling inlines our
// own workspace packages and leaves every npm dependency external (loaded from node_modules as
// usual), so native modules (sharp, argon2), pino's worker transports and createRequire keep
// working. Tests and `npm start` keep running the TypeScript sources through tsx.
//
// Files the sources find beside themselves through `import.meta.url` (SQL migrations, demo
// media, the front ends' dist folders) are not copied: in each bundled module `import.meta.url`
// is rewritten to the URL of its original source file, so those paths resolve exactly as they do
// under tsx. A deployment is a checkout of the repository, so the sources are there.
import { readFile, rm } from 'node:fs/promises'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const backend = `${root}packages/backend`
const outdir = `${backend}/dist`

/** Entry points: the server and the operator commands documented in docs/DEPLOYMENT.md. */
const ENTRIES = ['main', 'create-admin', 'rotate-note-keys', 'pglite-archive']

const workspaceOnly = {
  name: 'externals-except-workspace',
  setup(b) {
    // Bare specifiers stay imports, except our workspace packages (TypeScript sources).
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@yektayar/') ? undefined : { path: args.path, external: true },
    )
  },
}

const sourceUrls = {
  name: 'import-meta-url-of-source',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8')
      if (contents.includes('import.meta.url')) {
        // Every output file (entries and chunks) sits directly in dist/, so one relative path
        // from dist/ to the source file holds wherever esbuild puts this module.
        const fromDist = relative(outdir, args.path).split('\\').join('/')
        contents = contents.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`,
        )
      }
      return { contents, loader: 'ts' }
    })
  },
}

await rm(outdir, { recursive: true, force: true })
const started = performance.now()
const result = await build({
  entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `${backend}/src/${name}.ts`])),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  keepNames: true,
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [workspaceOnly, sourceUrls],
})
const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))
const bytes = files.reduce((sum, file) => sum + result.metafile.outputs[file].bytes, 0)
console.log(
  `backend: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${relative(root, outdir)} (${Math.round(performance.now() - started)} ms)`,
)
