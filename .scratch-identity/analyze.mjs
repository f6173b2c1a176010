import { readdirSync, readFileSync } from 'node:fs'

const files = readdirSync('prof').map((f) => `prof/${f}`)
const file = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]
const prof = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(prof.nodes.map((n) => [n.id, n]))
const self = new Map()
const counts = new Map()
for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1)
let total = 0
for (const [id, c] of counts) {
  const n = byId.get(id)
  total += c
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace('file:///work/main/', '')}:${n.callFrame.lineNumber}`
  self.set(key, (self.get(key) ?? 0) + c)
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)
for (const [k, c] of top) console.log(((c / total) * 100).toFixed(1).padStart(5), k)
// inclusive by package
const parent = new Map()
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map()
for (const [id, c] of counts) {
  const seen = new Set()
  let cur = id
  while (cur !== undefined) {
    const n = byId.get(cur)
    const url = n.callFrame.url
    const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)
    const pkg = m
      ? m[1]
      : url.includes('/work/main/packages')
        ? url.replace(/.*packages\//, '')
        : url || n.callFrame.functionName
    if (!seen.has(pkg)) {
      seen.add(pkg)
      incl.set(pkg, (incl.get(pkg) ?? 0) + c)
    }
    cur = parent.get(cur)
  }
}
console.log('--- inclusive')
for (const [k, c] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(((c / total) * 100).toFixed(1).padStart(5), k)
