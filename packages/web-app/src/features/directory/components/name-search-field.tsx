import { TextField, useTranslation } from '@yektayar/ui'
import { useEffect, useState } from 'react'

/** Quiet time after the last key before the list is asked again. */
const TYPING_PAUSE_MS = 300

/**
 * Search by name as the person types: the field answers every key at once, the list (and the
 * page URL) follows once typing pauses, so a name does not cost a request per letter.
 */
export function NameSearchField({
  value,
  onChange,
}: {
  value: string
  onChange: (q: string) => void
}) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState(value)
  // A link or the back button can change the URL's name; the field follows it.
  useEffect(() => setTyped(value), [value])
  useEffect(() => {
    if (typed === value) return
    const timer = setTimeout(() => onChange(typed), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, value, onChange])
  return (
    <TextField
      type="search"
      label={t('directory.filters.search')}
      hint={t('directory.filters.searchHint')}
      value={typed}
      maxLength={80}
      autoComplete="off"
      enterKeyHint="search"
      onChange={(event) => setTyped(event.target.value)}
    />
  )
}
