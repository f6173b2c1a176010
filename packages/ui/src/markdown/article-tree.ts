import type { Definition, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

/** A parsed article and what rendering it needs to know of the whole. */
export interface ArticleTree {
  root: Root
  /** Added to every heading's depth: the article's top headings become h2. */
  headingShift: number
  /** Reference definitions (`[label]: url`) by upper-cased identifier, the first of each. */
  definitions: Map<string, Definition>
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walk(child)
}

/**
 * The article's syntax tree: CommonMark (micromark, the parser react-markdown used) without
 * extensions, so no tables or strikethrough, as before. Raw HTML arrives as `html` nodes, which
 * the renderer drops.
 */
export function parseArticle(markdown: string): ArticleTree {
  const root = fromMarkdown(markdown)
  let top = Number.POSITIVE_INFINITY
  const definitions = new Map<string, Definition>()
  for (const node of walk(root)) {
    if (node.type === 'heading') top = Math.min(top, node.depth)
    const id = node.type === 'definition' ? node.identifier.toUpperCase() : ''
    if (node.type === 'definition' && !definitions.has(id)) definitions.set(id, node)
  }
  // The page's own title is its h1, so the article's top headings become h2 and the rest follow
  // at the same distances, whether the author started at # or at ##: no level is skipped.
  return { root, headingShift: Number.isFinite(top) ? 2 - top : 0, definitions }
}
