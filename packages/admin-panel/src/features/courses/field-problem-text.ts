import { useTranslation } from '@yektayar/ui'
import { useCallback } from 'react'
import type { FieldProblem } from './form-errors.ts'

/** The sentence under a field for its problem, or null when it has none. */
export function useFieldProblemText() {
  const { t } = useTranslation()
  return useCallback(
    (problem: FieldProblem | undefined): string | null => {
      if (!problem) return null
      if (problem.key === 'range') {
        return problem.min !== undefined
          ? t('courses.errors.rangeMin', { min: problem.min })
          : t('courses.errors.rangeMax', { max: problem.max })
      }
      return t(`courses.errors.${problem.key}`, { max: problem.max })
    },
    [t],
  )
}
