import { TextField } from '@yektayar/ui'
import { useEffect, useState } from 'react'

/** Quiet time after the last key before the list is asked again. */
const TYPING_PAUSE_MS = 300

export interface SearchAsYouTypeFieldProps {
  /** The search in the page URL. */
  value: string
  onChange: (q: string) => void
  label: string
  hint: string
  /** `auto` where people may type in either script (course titles in Persian or English). */
  dir?: 'auto'
}

/**
 * Search as the person types: the field answers every key at once, the list (and the page URL)
 * follows once typing pauses, so a search does not cost a request per letter.
 */
export function SearchAsYouTypeField({
  value,
  onChange,
  label,
  hint,
  dir,
}: SearchAsYouTypeFieldProps) {
  const [typed, setTyped] = useState(value)
  // A link or the back button can change the URL's search; the field follows it.
  useEffect(() => setTyped(value), [value])
  useEffect(() => {
    if (typed === value) return
    const timer = setTimeout(() => onChange(typed), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, value, onChange])
  return (
    <TextField
      type="search"
      label={label}
      hint={hint}
      value={typed}
      maxLength={80}
      autoComplete="off"
      enterKeyHint="search"
      dir={dir}
      onChange={(event) => setTyped(event.target.value)}
    />
  )
}
