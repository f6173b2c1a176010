import { findUnsafeMarkdown } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'

/**
 * Refuses to store unsafe Markdown (raw HTML, links that are not http(s)/mailto/ours, images
 * not from our storage) with 422 MARKDOWN_UNSAFE, one error per finding on `path`. The web app
 * renders with the same rules (safeMarkdownUrl), for anything stored before them.
 */
export function requireSafeMarkdown(markdown: string | null | undefined, path: string): void {
  if (!markdown) return
  const issues = findUnsafeMarkdown(markdown)
  if (issues.length === 0) return
  throw new AppError('MARKDOWN_UNSAFE', `${issues.length} unsafe parts`, {
    errors: issues.map((issue) => ({ path, message: `${issue.kind}: ${issue.excerpt}` })),
  })
}
