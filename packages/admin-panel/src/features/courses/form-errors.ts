/** An error beside a field: a message key under courses.errors and its values. */
export interface FieldProblem {
  key: 'required' | 'tooLong' | 'number' | 'range' | 'tag' | 'tooMany' | 'price' | 'file'
  max?: number
  min?: number
}

export type FieldProblems<Field extends string> = Partial<Record<Field, FieldProblem>>

/** Digits as people type them (Persian or Latin), group separators and spaces ignored. */
export function parseWholeNumber(typed: string): number | null {
  const latin = typed
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\s,\u066c\u060c]/g, '')
  return /^\d{1,13}$/.test(latin) ? Number(latin) : null
}

/** What this form reads of a Zod issue (the panel takes Zod only through the shared schemas). */
interface SchemaIssue {
  code: string
  path: PropertyKey[]
  origin?: string
  maximum?: unknown
  minimum?: unknown
  expected?: string
}

/**
 * The shared schema's issues as one problem per form field: `fieldOf` names the form field of
 * an issue's path (`title`, `exercise.cycles`), or nothing for a path the form does not show.
 */
export function problemsOf<Field extends string>(
  issues: readonly SchemaIssue[],
  fieldOf: (path: string) => Field | undefined,
): FieldProblems<Field> {
  const problems: FieldProblems<Field> = {}
  for (const issue of issues) {
    const field = fieldOf(issue.path.join('.'))
    if (!field || problems[field]) continue
    problems[field] = problemOf(issue)
  }
  return problems
}

function problemOf(issue: SchemaIssue): FieldProblem {
  if (issue.code === 'too_big') {
    return issue.origin === 'array'
      ? { key: 'tooMany', max: Number(issue.maximum) }
      : issue.origin === 'number'
        ? { key: 'range', max: Number(issue.maximum) }
        : { key: 'tooLong', max: Number(issue.maximum) }
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return { key: 'range', min: Number(issue.minimum) }
  }
  if (issue.code === 'invalid_format') return { key: 'tag' }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return { key: 'number' }
  return { key: 'required' }
}
