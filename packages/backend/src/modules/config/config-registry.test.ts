import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config/config.ts'
import { CONFIG_REGISTRY } from './config-registry.ts'
import { fallbackValueOf, resolveAll } from './config-resolution.ts'

const config = loadConfig({ NODE_ENV: 'test' })
const valuesOf = (values: Record<string, unknown>) => (key: string) => values[key]
const ruleProblems = (values: Record<string, unknown>, server = config) =>
  CONFIG_REGISTRY.rules.flatMap((rule) => rule(valuesOf(values), server))

describe('the config registry', () => {
  it.each(Object.entries(CONFIG_REGISTRY.keys))('%s: its default passes its schema', (_, def) => {
    expect(def.schema.safeParse(fallbackValueOf(def, config)).success).toBe(true)
    expect(def.description.fa).not.toBe('')
    expect(def.description.en).not.toBe('')
  })

  it('keeps the defaults together within the rules across keys', () => {
    const defaults = Object.fromEntries(
      Object.entries(CONFIG_REGISTRY.keys).map(([key, def]) => [key, fallbackValueOf(def, config)]),
    )
    expect(ruleProblems(defaults)).toEqual([])
  })

  it('takes the companion defaults from the environment', () => {
    const env = loadConfig({
      NODE_ENV: 'test',
      COMPANION_PROVIDER: 'openai-compatible',
      COMPANION_API_KEY: 'sk_test_registry',
      COMPANION_MODEL: 'mistral',
      COMPANION_HOURLY_QUOTA: '5',
      COMPANION_DAILY_QUOTA: '3',
    })
    const resolved = resolveAll(CONFIG_REGISTRY, [], env)
    expect(resolved.get('companion.provider')).toMatchObject({
      value: 'openai-compatible',
      source: 'env',
    })
    expect(resolved.get('companion.model')?.value).toBe('mistral')
    // A daily quota below the hourly one is raised to it, as the dynamic configuration requires.
    expect(resolved.get('companion.dailyQuota')?.value).toBe(5)
  })

  it('refuses a daily quota below the hourly one', () => {
    const problems = ruleProblems({ 'companion.hourlyQuota': 50, 'companion.dailyQuota': 40 })
    expect(problems).toEqual([
      {
        fa: 'سقف روزانه (40) نباید کمتر از سقف ساعتی (50) باشد.',
        en: 'The daily limit (40) must be at least the hourly limit (50).',
      },
    ])
    expect(ruleProblems({ 'companion.hourlyQuota': 50, 'companion.dailyQuota': 50 })).toEqual([])
  })

  it('refuses the OpenAI-compatible provider while it has no key, stored or from the server', () => {
    const choice = { 'companion.provider': 'openai-compatible' }
    const [problem] = ruleProblems({ ...choice, 'companion.apiKey': '' })
    expect(problem?.en).toContain('companion.apiKey')
    expect(problem?.en).toContain('COMPANION_API_KEY')
    expect(ruleProblems({ ...choice, 'companion.apiKey': 'sk_test_registry' })).toEqual([])
    expect(ruleProblems({ 'companion.provider': 'offline', 'companion.apiKey': '' })).toEqual([])
  })

  it('takes the server’s key as the secret’s default, and keeps it secret', () => {
    const withKey = loadConfig({ NODE_ENV: 'test', COMPANION_API_KEY: 'sk_test_registry' })
    const key = CONFIG_REGISTRY.keys['companion.apiKey']
    expect(key?.sensitive).toBe(true)
    expect(resolveAll(CONFIG_REGISTRY, [], withKey).get('companion.apiKey')).toMatchObject({
      value: 'sk_test_registry',
      source: 'env',
    })
    expect(resolveAll(CONFIG_REGISTRY, [], config).get('companion.apiKey')?.value).toBe('')
    const accepts = (value: unknown) => key?.schema.safeParse(value).success
    expect(accepts(' sk-abc_123.XYZ ')).toBe(true)
    expect(accepts('sk abc')).toBe(false)
    expect(accepts('sk\r\nx')).toBe(false)
    expect(accepts('x'.repeat(501))).toBe(false)
  })

  it('takes the care, safety and files defaults from the environment', () => {
    const env = loadConfig({
      NODE_ENV: 'test',
      APPOINTMENT_FREE_CANCEL_HOURS: '12',
      APPOINTMENT_HOLD_MINUTES: '20',
      APPOINTMENT_REMINDER_MINUTES: '60,2880',
      SAFETY_ESCALATE_AFTER_SECONDS: '120',
      FILE_QUOTA_MB_PER_PURPOSE: '50',
    })
    const values = [...resolveAll(CONFIG_REGISTRY, [], env)].map(([key, r]) => [key, r.value])
    expect(Object.fromEntries(values)).toMatchObject({
      'care.freeCancelHours': 12,
      'care.holdMinutes': 20,
      'care.reminderMinutesBefore': [2880, 60],
      'care.maxBookingHorizonDays': 365,
      'safety.escalateAfterSeconds': 120,
      'files.quotaMbPerPurpose': 50,
    })
  })

  it('keeps reminder times distinct, in range, and largest first', () => {
    const schema = CONFIG_REGISTRY.keys['care.reminderMinutesBefore']?.schema
    expect(schema?.parse([60, 1440, 15])).toEqual([1440, 60, 15])
    expect(schema?.safeParse([60, 60]).success).toBe(false)
    expect(schema?.safeParse([]).success).toBe(false)
    expect(schema?.safeParse([0]).success).toBe(false)
    expect(schema?.safeParse([43_201]).success).toBe(false)
    expect(schema?.safeParse([1.5]).success).toBe(false)
  })

  it('bounds each companion value', () => {
    const { keys } = CONFIG_REGISTRY
    const accepts = (key: string, value: unknown) => keys[key]?.schema.safeParse(value).success
    expect(accepts('companion.provider', 'offline')).toBe(true)
    expect(accepts('companion.provider', 'anthropic')).toBe(false)
    expect(accepts('companion.model', '')).toBe(false)
    expect(accepts('companion.model', 'x'.repeat(101))).toBe(false)
    expect(accepts('companion.hourlyQuota', 1000)).toBe(true)
    expect(accepts('companion.hourlyQuota', 1001)).toBe(false)
    expect(accepts('companion.hourlyQuota', 2.5)).toBe(false)
    expect(accepts('companion.dailyQuota', 10_000)).toBe(true)
    expect(accepts('companion.dailyQuota', 0)).toBe(false)
  })

  it('bounds each care, safety and files value', () => {
    const { keys } = CONFIG_REGISTRY
    const accepts = (key: string, value: unknown) => keys[key]?.schema.safeParse(value).success
    expect(accepts('care.freeCancelHours', 0)).toBe(true)
    expect(accepts('care.freeCancelHours', 721)).toBe(false)
    expect(accepts('care.holdMinutes', 0)).toBe(false)
    expect(accepts('care.holdMinutes', 120)).toBe(true)
    expect(accepts('care.maxBookingHorizonDays', 366)).toBe(false)
    expect(accepts('care.maxBookingHorizonDays', 1)).toBe(true)
    expect(accepts('safety.escalateAfterSeconds', 9)).toBe(false)
    expect(accepts('safety.escalateAfterSeconds', 3600)).toBe(true)
    expect(accepts('files.quotaMbPerPurpose', 0)).toBe(false)
    expect(accepts('files.quotaMbPerPurpose', 100_000)).toBe(true)
  })

  it('ignores a stored value its schema refuses and serves the default', () => {
    const rows = [{ key: 'companion.hourlyQuota', value: 'lots', updatedAt: null }]
    const resolved = resolveAll(CONFIG_REGISTRY, rows, config).get('companion.hourlyQuota')
    expect(resolved).toMatchObject({ value: config.companion.hourlyQuota, refused: true })
  })
})
