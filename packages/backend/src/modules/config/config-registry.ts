import type { ConfigGroup } from '@yektayar/shared'
import { z } from 'zod'
import type { Config } from '../../config/config.ts'

/**
 * Where a key's value comes from when nothing is stored: a fixed value, or the server's
 * environment (an operator's choice of provider is kept until an admin overrides it).
 */
export type ConfigFallback<Value> =
  | { from: 'default'; value: Value }
  | { from: 'env'; read: (config: Config) => Value }

export interface ConfigKeyDefinition<Value = unknown> {
  group: ConfigGroup
  schema: z.ZodType<Value>
  fallback: ConfigFallback<Value>
  description: { fa: string; en: string }
  /** Write-only: answers show a mask, audit rows only say it changed. */
  sensitive: boolean
}

/**
 * Checks values of several keys together; answers what is wrong with a candidate set of values,
 * in both languages (the admin reads it under the field they changed).
 */
export type CrossKeyRule = (
  valueAt: (key: string) => unknown,
  config: Config,
) => { fa: string; en: string }[]

export interface ConfigRegistry {
  keys: Record<string, ConfigKeyDefinition>
  rules: CrossKeyRule[]
}

const definitionOf = <Value>(definition: ConfigKeyDefinition<Value>) => definition

const companionProviders = ['offline', 'openai-compatible'] as const

/**
 * Every key of the dynamic configuration that code reads. Only these are listed and editable;
 * other rows of the `config` table (reference data, seed markers) are the application's own.
 * A key read by code goes through `dynamicConfigOf(app).get(key)`, never the table.
 */
const keys = {
  'companion.provider': definitionOf({
    group: 'companion',
    schema: z.enum(companionProviders),
    fallback: { from: 'env', read: (config) => config.companion.provider },
    description: {
      fa: 'سرویسی که همراه هوشمند با آن پاسخ می‌دهد: همراه آفلاین (بی‌نیاز از اینترنت) یا یک سرویس سازگار با OpenAI.',
      en: 'Where the AI companion’s replies come from: the offline companion (needs no network) or an OpenAI-compatible service.',
    },
    sensitive: false,
  }),
  'companion.model': definitionOf({
    group: 'companion',
    schema: z.string().trim().min(1).max(100),
    fallback: { from: 'env', read: (config) => config.companion.model },
    description: {
      fa: 'نام مدلی که از سرویس سازگار با OpenAI خواسته می‌شود.',
      en: 'The model asked of the OpenAI-compatible service.',
    },
    sensitive: false,
  }),
  'companion.hourlyQuota': definitionOf({
    group: 'companion',
    schema: z.number().int().min(1).max(1000),
    fallback: { from: 'env', read: (config) => config.companion.hourlyQuota },
    description: {
      fa: 'بیشترین پیامی که هر نفر در یک ساعت می‌تواند برای همراه هوشمند بفرستد.',
      en: 'The most messages one person may send the companion in an hour.',
    },
    sensitive: false,
  }),
  'companion.dailyQuota': definitionOf({
    group: 'companion',
    schema: z.number().int().min(1).max(10_000),
    fallback: { from: 'env', read: (config) => config.companion.dailyQuota },
    description: {
      fa: 'بیشترین پیامی که هر نفر در یک روز می‌تواند برای همراه هوشمند بفرستد؛ کمتر از سقف ساعتی نیست.',
      en: 'The most messages one person may send the companion in a day; not below the hourly limit.',
    },
    sensitive: false,
  }),
}

type RegistryKeys = typeof keys

/** A daily quota below the hourly one would make the hourly one meaningless. */
const dailyNotBelowHourly: CrossKeyRule = (valueAt) => {
  const hourly = valueAt('companion.hourlyQuota')
  const daily = valueAt('companion.dailyQuota')
  if (typeof hourly !== 'number' || typeof daily !== 'number' || daily >= hourly) return []
  return [
    {
      fa: `سقف روزانه (${daily}) نباید کمتر از سقف ساعتی (${hourly}) باشد.`,
      en: `The daily limit (${daily}) must be at least the hourly limit (${hourly}).`,
    },
  ]
}

/** The key stays in the server's environment, so a provider without one could never answer. */
const providerHasItsKey: CrossKeyRule = (valueAt, config) => {
  if (valueAt('companion.provider') !== 'openai-compatible' || config.companion.apiKey) return []
  return [
    {
      fa: 'برای سرویس سازگار با OpenAI باید کلید آن (COMPANION_API_KEY) روی سرور تنظیم شده باشد.',
      en: 'The OpenAI-compatible provider needs its key (COMPANION_API_KEY) set on the server.',
    },
  ]
}

export const CONFIG_REGISTRY: ConfigRegistry = {
  keys,
  rules: [dailyNotBelowHourly, providerHasItsKey],
}

export type ConfigKey = keyof RegistryKeys & string

/** The type a key's value has, read from its schema. */
export type ConfigValue<Key extends ConfigKey> = z.output<RegistryKeys[Key]['schema']>
