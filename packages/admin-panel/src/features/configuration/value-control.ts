import type { ConfigValueShape } from '@yektayar/shared/types'
import { toLatinDigits } from '@yektayar/ui'

/**
 * The input a key's value gets, read from the JSON Schema the server sends (`shape`): a choice
 * for an enum, a switch for a boolean, a number field with its bounds, a list of numbers typed
 * in one field, a text field with its lengths; anything else is edited as JSON text.
 */
export type ValueControl =
  | { kind: 'select'; options: string[] }
  | { kind: 'switch' }
  | NumberControl
  | { kind: 'numberList'; item: NumberControl; minItems?: number; maxItems?: number }
  | { kind: 'text'; minLength?: number; maxLength?: number }
  | { kind: 'json' }

interface NumberControl {
  kind: 'number'
  integer: boolean
  min?: number
  max?: number
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined)

function numberControlOf(shape: ConfigValueShape): NumberControl | null {
  if (shape.type !== 'integer' && shape.type !== 'number') return null
  return {
    kind: 'number',
    integer: shape.type === 'integer',
    min: numberOr(shape.minimum),
    max: numberOr(shape.maximum),
  }
}

export function controlOf(shape: ConfigValueShape): ValueControl {
  if (Array.isArray(shape.enum) && shape.enum.every((item) => typeof item === 'string')) {
    return { kind: 'select', options: shape.enum }
  }
  if (shape.type === 'boolean') return { kind: 'switch' }
  const number = numberControlOf(shape)
  if (number) return number
  const item = shape.type === 'array' ? numberControlOf(itemShapeOf(shape)) : null
  if (item) {
    const { minItems, maxItems } = shape
    return { kind: 'numberList', item, minItems: numberOr(minItems), maxItems: numberOr(maxItems) }
  }
  if (shape.type === 'string') {
    return {
      kind: 'text',
      minLength: numberOr(shape.minLength),
      maxLength: numberOr(shape.maxLength),
    }
  }
  return { kind: 'json' }
}

function itemShapeOf(shape: ConfigValueShape): ConfigValueShape {
  const { items } = shape
  return typeof items === 'object' && items !== null && !Array.isArray(items)
    ? (items as ConfigValueShape)
    : {}
}

/** A problem with what was typed, as a message key under `configuration.errors` and its numbers. */
export interface DraftProblem {
  key:
    | 'required'
    | 'notNumber'
    | 'notInteger'
    | 'min'
    | 'max'
    | 'minLength'
    | 'maxLength'
    | 'minItems'
    | 'maxItems'
    | 'duplicate'
    | 'json'
  limit?: number
}

export type DraftResult = { value: unknown } | { problem: DraftProblem }

/** What the form holds for a value: text for every input but the switch. */
export type Draft = string | boolean

export function draftOf(control: ValueControl, value: unknown): Draft {
  if (control.kind === 'switch') return value === true
  if (control.kind === 'json') return value === undefined ? '' : JSON.stringify(value, null, 2)
  if (control.kind === 'numberList') return Array.isArray(value) ? value.join(', ') : ''
  return value === undefined || value === null ? '' : String(value)
}

/**
 * The value to send for what was typed, checked as the server will check it (the server checks
 * anyway, and rules across keys only there). Persian digits are read as digits.
 */
export function valueOfDraft(control: ValueControl, draft: Draft): DraftResult {
  if (control.kind === 'switch') return { value: draft === true }
  const text = String(draft)
  if (control.kind === 'select') return text ? { value: text } : { problem: { key: 'required' } }
  if (control.kind === 'number') return numberOfDraft(control, text)
  if (control.kind === 'numberList') return numberListOfDraft(control, text)
  if (control.kind === 'json') return jsonOfDraft(text)
  const trimmed = text.trim()
  const { minLength = 0, maxLength } = control
  if (trimmed.length === 0 && minLength > 0) return { problem: { key: 'required' } }
  if (trimmed.length < minLength) return { problem: { key: 'minLength', limit: minLength } }
  if (maxLength !== undefined && trimmed.length > maxLength) {
    return { problem: { key: 'maxLength', limit: maxLength } }
  }
  return { value: trimmed }
}

function numberOfDraft(control: NumberControl, text: string): DraftResult {
  const latin = toLatinDigits(text.trim()).replace('٫', '.')
  if (latin === '') return { problem: { key: 'required' } }
  const value = Number(latin)
  if (!Number.isFinite(value)) return { problem: { key: 'notNumber' } }
  if (control.integer && !Number.isInteger(value)) return { problem: { key: 'notInteger' } }
  if (control.min !== undefined && value < control.min) {
    return { problem: { key: 'min', limit: control.min } }
  }
  if (control.max !== undefined && value > control.max) {
    return { problem: { key: 'max', limit: control.max } }
  }
  return { value }
}

/**
 * Numbers separated by commas (Latin or Persian) or spaces, each checked as a number field
 * would check it, each once: the list is a set of times, and the server keeps its own order.
 */
function numberListOfDraft(
  control: Extract<ValueControl, { kind: 'numberList' }>,
  text: string,
): DraftResult {
  const parts = text.split(/[,،\s]+/).filter(Boolean)
  const { minItems = 1, maxItems } = control
  if (parts.length === 0) return { problem: { key: 'required' } }
  if (parts.length < minItems) return { problem: { key: 'minItems', limit: minItems } }
  if (maxItems !== undefined && parts.length > maxItems) {
    return { problem: { key: 'maxItems', limit: maxItems } }
  }
  const values: number[] = []
  for (const part of parts) {
    const result = numberOfDraft(control.item, part)
    if ('problem' in result) return result
    values.push(result.value as number)
  }
  if (new Set(values).size !== values.length) return { problem: { key: 'duplicate' } }
  return { value: values }
}

function jsonOfDraft(text: string): DraftResult {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return { problem: { key: 'json' } }
  }
}
