import { TextField, useTranslation } from '@yektayar/ui'
import { useEffect, useState } from 'react'

/** Quiet time after the last key before the catalogue is asked again. */
const TYPING_PAUSE_MS = 300

/**
 * Search as the person types, in Persian or English: the field answers every key at once, the
 * list (and the URL) follows once typing pauses. The server folds ي/ی, ك/ک, ZWNJ and digits.
 */
export function CourseSearchField({
  value,
  onChange,
}: {
  value: string
  onChange: (q: string) => void
}) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState(value)
  useEffect(() => setTyped(value), [value])
  useEffect(() => {
    if (typed === value) return
    const timer = setTimeout(() => onChange(typed), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, value, onChange])
  return (
    <TextField
      type="search"
      label={t('courses.search.label')}
      hint={t('courses.search.hint')}
      value={typed}
      maxLength={80}
      autoComplete="off"
      enterKeyHint="search"
      dir="auto"
      onChange={(event) => setTyped(event.target.value)}
    />
  )
}
