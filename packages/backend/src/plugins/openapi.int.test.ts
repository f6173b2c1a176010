import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

interface Operation {
  summary?: string
  tags?: string[]
  requestBody?: { content?: Record<string, { examples?: Record<string, unknown> }> }
  responses?: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }>
}

interface Document {
  tags?: Array<{ name: string; description?: string }>
  paths: Record<string, Record<string, Operation>>
}

/** The main request bodies a newcomer copies first; each must show at least one example. */
const WITH_EXAMPLES = [
  'post /api/v1/auth/send-otp',
  'post /api/v1/auth/verify-otp',
  'post /api/v1/auth/login',
  'post /api/v1/threads',
  'post /api/v1/threads/{id}/messages',
  'post /api/v1/appointments',
  'post /api/v1/payments/initiate',
]

let testApp: TestApp
let document: Document
let operations: Array<{ name: string; operation: Operation }>

beforeAll(async () => {
  testApp = await createTestApp()
  document = (await testApp.app.inject({ url: '/api/docs/openapi.json' })).json()
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method} ${path}`,
      operation,
    })),
  )
})

afterAll(() => testApp.close())

describe('the OpenAPI document', () => {
  it('gives every operation a summary and at least one tag', () => {
    expect(operations.length).toBeGreaterThan(0)
    const unsummarised = operations.filter(({ operation }) => !operation.summary?.trim())
    const untagged = operations.filter(({ operation }) => !operation.tags?.length)
    expect(unsummarised.map(({ name }) => name)).toEqual([])
    expect(untagged.map(({ name }) => name)).toEqual([])
  })

  it('declares every tag it uses at the top level, each with a description', () => {
    const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]))
    const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []))
    expect([...used].filter((tag) => !declared.has(tag))).toEqual([])
    expect([...declared].filter(([, description]) => !description?.trim())).toEqual([])
  })

  it('shows examples for the main request bodies', () => {
    const byName = new Map(operations.map(({ name, operation }) => [name, operation]))
    const withoutExamples = WITH_EXAMPLES.filter((name) => {
      const examples = byName.get(name)?.requestBody?.content?.['application/json']?.examples
      return !examples || Object.keys(examples).length === 0
    })
    expect(withoutExamples).toEqual([])
  })

  it('documents the answer of the lists sent as ready JSON bytes (sendEncodedJson)', () => {
    const byName = new Map(operations.map(({ name, operation }) => [name, operation]))
    for (const name of ['get /api/v1/threads', 'get /api/v1/notifications']) {
      const schema = byName.get(name)?.responses?.['200']?.content?.['application/json']?.schema
      expect(Object.keys(schema?.properties ?? {}), name).toContain('items')
    }
  })
})
