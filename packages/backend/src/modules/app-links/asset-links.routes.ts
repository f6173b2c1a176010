import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import { assetLinksOf } from './asset-links.ts'

const assetLinksSchema = z.array(
  z.object({
    relation: z.array(z.string()),
    target: z.object({
      namespace: z.literal('android_app'),
      package_name: z.string(),
      sha256_cert_fingerprints: z.array(z.string()),
    }),
  }),
)

/** Android's App Links check: fetched by the device when the app is installed (docs/MOBILE.md). */
export const assetLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const statements = assetLinksOf(app.config.mobile)
  app.get(
    '/.well-known/assetlinks.json',
    {
      schema: {
        tags: ['mobile'],
        summary: 'Android App Links statement',
        description:
          'Lets the Android app (ANDROID_APP_ID, signed with ANDROID_CERT_SHA256) open `https://<host>/app/…` links. 404 while no certificate is configured.',
        response: { 200: assetLinksSchema },
      },
    },
    async (_request, reply) => {
      if (!statements) throw new AppError('NOT_FOUND')
      // Android fetches it without following redirects and caches it itself.
      return reply.header('cache-control', 'public, max-age=3600').send(statements)
    },
  )
}
