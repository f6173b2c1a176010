import { z } from 'zod'
import { type CrossKeyRule, definitionOf } from './config-key-definition.ts'

const companionProviders = ['offline', 'openai-compatible'] as const

/** The AI companion (issue 19). */
export const companionConfigKeys = {
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
  'companion.apiKey': definitionOf({
    group: 'companion',
    // Printable, without spaces or line breaks: it goes into an HTTP header as it is.
    schema: z
      .string()
      .trim()
      .max(500)
      .regex(/^[\x21-\x7e]*$/, { message: 'Printable characters only, without spaces' }),
    fallback: { from: 'env', read: (config) => config.companion.apiKey ?? '' },
    description: {
      fa: 'کلید سرویس سازگار با OpenAI که با هر درخواست فرستاده می‌شود. محرمانه است: پس از ذخیره هرگز نمایش داده نمی‌شود و در گزارش رویدادها فقط تغییرش ثبت می‌شود.',
      en: 'The key sent with every request to the OpenAI-compatible service. Secret: never shown once saved, and the audit log only records that it changed.',
    },
    sensitive: true,
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

/**
 * The OpenAI-compatible provider could never answer without its key: the one stored here, or
 * else the server's COMPANION_API_KEY (the key's value falls back to it).
 */
const providerHasItsKey: CrossKeyRule = (valueAt) => {
  if (valueAt('companion.provider') !== 'openai-compatible' || valueAt('companion.apiKey'))
    return []
  return [
    {
      fa: 'سرویس سازگار با OpenAI کلید می‌خواهد: آن را در companion.apiKey ذخیره کنید (یا COMPANION_API_KEY را روی سرور تنظیم کنید).',
      en: 'The OpenAI-compatible provider needs its key: save it in companion.apiKey (or set COMPANION_API_KEY on the server).',
    },
  ]
}

export const companionConfigRules = [dailyNotBelowHourly, providerHasItsKey]
