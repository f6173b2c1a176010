import { describe, expect, it } from 'vitest'
import { createCompanionProvider } from './create-companion-provider.ts'
import { OfflineCompanion } from './offline-companion.ts'
import { OpenAiCompatibleProvider } from './openai-compatible-provider.ts'

const pollinations = {
  provider: 'openai-compatible',
  url: 'https://gen.pollinations.ai/v1/chat/completions',
  model: 'openai',
  apiKey: 'sk_test_key',
} as const

describe('createCompanionProvider', () => {
  it('uses the offline companion for the embedded default', () => {
    const provider = createCompanionProvider({ provider: 'offline' })
    expect(provider).toBeInstanceOf(OfflineCompanion)
    expect(provider.kind).toBe('offline')
  })

  it('uses the OpenAI-compatible client when configured', () => {
    const provider = createCompanionProvider(pollinations)
    expect(provider).toBeInstanceOf(OpenAiCompatibleProvider)
    expect(provider.kind).toBe('openai-compatible')
  })

  it('refuses an OpenAI-compatible provider without its key', () => {
    expect(() => createCompanionProvider({ ...pollinations, apiKey: '' })).toThrow('API key')
  })
})
