import { describe, expect, it } from 'vitest'
import { controlOf, draftOf, valueOfDraft } from './value-control.ts'

describe('controlOf', () => {
  it('picks the input from the JSON Schema', () => {
    expect(controlOf({ type: 'string', enum: ['offline', 'openai-compatible'] })).toEqual({
      kind: 'select',
      options: ['offline', 'openai-compatible'],
    })
    expect(controlOf({ type: 'boolean' })).toEqual({ kind: 'switch' })
    expect(controlOf({ type: 'integer', minimum: 1, maximum: 1000 })).toEqual({
      kind: 'number',
      integer: true,
      min: 1,
      max: 1000,
    })
    expect(controlOf({ type: 'string', minLength: 1, maxLength: 100 })).toEqual({
      kind: 'text',
      minLength: 1,
      maxLength: 100,
    })
    expect(controlOf({ type: 'array' })).toEqual({ kind: 'json' })
    expect(controlOf({ type: 'array', items: { type: 'string' } })).toEqual({ kind: 'json' })
  })

  it('gives a list of numbers one field, with the bounds of the list and of each number', () => {
    const shape = {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: { type: 'integer', minimum: 1, maximum: 43200 },
    }
    expect(controlOf(shape)).toEqual({
      kind: 'numberList',
      item: { kind: 'number', integer: true, min: 1, max: 43200 },
      minItems: 1,
      maxItems: 20,
    })
  })
})

describe('valueOfDraft', () => {
  const quota = controlOf({ type: 'integer', minimum: 1, maximum: 1000 })

  it('reads Persian digits and checks the bounds', () => {
    expect(valueOfDraft(quota, '۴۲')).toEqual({ value: 42 })
    expect(valueOfDraft(quota, ' ')).toEqual({ problem: { key: 'required' } })
    expect(valueOfDraft(quota, 'ده')).toEqual({ problem: { key: 'notNumber' } })
    expect(valueOfDraft(quota, '2.5')).toEqual({ problem: { key: 'notInteger' } })
    expect(valueOfDraft(quota, '0')).toEqual({ problem: { key: 'min', limit: 1 } })
    expect(valueOfDraft(quota, '1001')).toEqual({ problem: { key: 'max', limit: 1000 } })
  })

  it('trims text and checks its length', () => {
    const model = controlOf({ type: 'string', minLength: 1, maxLength: 5 })
    expect(valueOfDraft(model, ' abc ')).toEqual({ value: 'abc' })
    expect(valueOfDraft(model, '  ')).toEqual({ problem: { key: 'required' } })
    expect(valueOfDraft(model, 'abcdef')).toEqual({ problem: { key: 'maxLength', limit: 5 } })
  })

  it('reads a list of numbers in Persian or Latin, and checks each and the whole', () => {
    const reminders = controlOf({
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: { type: 'integer', minimum: 1, maximum: 43200 },
    })
    expect(draftOf(reminders, [1440, 60])).toBe('1440, 60')
    expect(valueOfDraft(reminders, '1440, 60')).toEqual({ value: [1440, 60] })
    expect(valueOfDraft(reminders, '۳۰،۱۲۰ ۶۰۰')).toEqual({ value: [30, 120, 600] })
    expect(valueOfDraft(reminders, ' , ')).toEqual({ problem: { key: 'required' } })
    expect(valueOfDraft(reminders, '60, 60')).toEqual({ problem: { key: 'duplicate' } })
    expect(valueOfDraft(reminders, '60, 0')).toEqual({ problem: { key: 'min', limit: 1 } })
    expect(valueOfDraft(reminders, '60, 50000')).toEqual({ problem: { key: 'max', limit: 43200 } })
    expect(valueOfDraft(reminders, '60, 1.5')).toEqual({ problem: { key: 'notInteger' } })
    expect(valueOfDraft(reminders, '60, x')).toEqual({ problem: { key: 'notNumber' } })
    expect(valueOfDraft(reminders, '1, 2, 3, 4')).toEqual({
      problem: { key: 'maxItems', limit: 3 },
    })
    const pair = controlOf({ type: 'array', minItems: 2, items: { type: 'number' } })
    expect(valueOfDraft(pair, '2.5')).toEqual({ problem: { key: 'minItems', limit: 2 } })
    expect(valueOfDraft(pair, '2٫5 3')).toEqual({ value: [2.5, 3] })
    expect(valueOfDraft(pair, '5')).toEqual({ problem: { key: 'minItems', limit: 2 } })
  })

  it('round-trips switches and JSON', () => {
    expect(valueOfDraft({ kind: 'switch' }, draftOf({ kind: 'switch' }, true))).toEqual({
      value: true,
    })
    const json = { kind: 'json' } as const
    expect(valueOfDraft(json, draftOf(json, [1, { a: 'b' }]))).toEqual({ value: [1, { a: 'b' }] })
    expect(valueOfDraft(json, '{')).toEqual({ problem: { key: 'json' } })
  })
})
