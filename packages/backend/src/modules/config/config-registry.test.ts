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

  it('refuses the OpenAI-compatible provider while the server has no key for it', () => {
    const choice = { 'companion.provider': 'openai-compatible' }
    const [problem] = ruleProblems(choice)
    expect(problem?.en).toContain('COMPANION_API_KEY')
    const withKey = loadConfig({ NODE_ENV: 'test', COMPANION_API_KEY: 'sk_test_registry' })
    expect(ruleProblems(choice, withKey)).toEqual([])
    expect(ruleProblems({ 'companion.provider': 'offline' })).toEqual([])
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

  it('ignores a stored value its schema refuses and serves the default', () => {
    const rows = [{ key: 'companion.hourlyQuota', value: 'lots', updatedAt: null }]
    const resolved = resolveAll(CONFIG_REGISTRY, rows, config).get('companion.hourlyQuota')
    expect(resolved).toMatchObject({ value: config.companion.hourlyQuota, refused: true })
  })
})
