import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { modulePlugin } from './module-plugin.ts'

describe('modulePlugin', () => {
  const lower = modulePlugin('audit', [], async (app) => {
    app.decorate('onlyInside', true)
  })
  const higher = modulePlugin('rbac', ['audit'], async () => {})

  it('boots when every dependency is registered first', async () => {
    const app = Fastify()
    await app.register(lower)
    await app.register(higher)
    await expect(app.ready()).resolves.toBeDefined()
    // Encapsulated: what a module decorates stays inside it.
    expect(app.hasDecorator('onlyInside')).toBe(false)
    await app.close()
  })

  it('refuses to boot when a module comes before one it depends on', async () => {
    const app = Fastify()
    await expect(app.register(higher)).rejects.toThrow(/audit/)
    await app.close()
  })
})
