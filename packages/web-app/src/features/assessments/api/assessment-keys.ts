/** Query keys of the assessment pages; everything under ['assessments'] goes stale together. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  list: () => ['assessments', 'list'] as const,
  detail: (id: string) => ['assessments', 'detail', id] as const,
  results: (assessmentId: string) => ['assessments', 'results', assessmentId] as const,
  result: (id: string) => ['assessments', 'result', id] as const,
}
