import { useLanguage } from '@yektayar/ui'
import { useState } from 'react'
import { dayInputText, parseDayInput } from '../../../shared/day-input.ts'

/**
 * The from/to fields of a filter form: their text (as the reader typed or picked it) and, on
 * apply, the days they name, or which of them is not a day.
 */
export function useDayRange(initial: { from?: string; to?: string }) {
  const language = useLanguage()
  const [from, setFrom] = useState(initial.from ? dayInputText(initial.from, language) : '')
  const [to, setTo] = useState(initial.to ? dayInputText(initial.to, language) : '')
  const read = () => {
    const fromDay = from.trim() ? parseDayInput(from) : undefined
    const toDay = to.trim() ? parseDayInput(to) : undefined
    const invalid = [fromDay === null && 'from', toDay === null && 'to'].filter(
      (key): key is string => Boolean(key),
    )
    return {
      invalid,
      days: { ...(fromDay ? { from: fromDay } : {}), ...(toDay ? { to: toDay } : {}) },
    }
  }
  const clear = () => {
    setFrom('')
    setTo('')
  }
  return { from, setFrom, to, setTo, read, clear }
}
