import {
  attachFileBodySchema,
  fileLinkSchema,
  fileListQuerySchema,
  fileListSchema,
  fileParamsSchema,
  imageInUseSchema,
  publicFileParamsSchema,
  signedLinkQuerySchema,
  uploadedFileSchema,
  useImageBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { requireAuthOrSignedLink } from '../../plugins/signed-link.ts'
import { listAttachments, openFile, openPublicImage } from './file-access.service.ts'
import type { FileDeps } from './file-deps.ts'
import { createFileLink, fileLinkResource } from './file-link.service.ts'
import { sendFile } from './file-reply.ts'
import { uploadFile } from './file-upload.service.ts'
import {
  attachMyFile,
  clearMyAvatar,
  setMyAvatar,
  setMyPsychologistPhoto,
} from './file-use.service.ts'
import { discardUpload, readUploadForm } from './upload-form.ts'

const tags = ['files']
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const FILE_HEADERS =
  "Every file answer has `X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none'; sandbox`, and `Content-Disposition: attachment` unless it is a picture, video or sound. `Range: bytes=…` answers 206, or 416 RANGE_NOT_SATISFIABLE past the end; a malformed Range is ignored (200)."

const SIGNED =
  'Or, in place of a session, `?sig=` from `POST /files/{id}/link`: the same person must still be allowed the file when the link is used, and a link that does not verify, has expired or whose session has ended answers 404 NOT_FOUND.'

export const fileRoutes: FastifyPluginAsyncZod<{ deps: FileDeps }> = async (app, { deps }) => {
  app.post(
    '/files',
    {
      config: {
        rateLimit: {
          max: deps.config.uploadsPerHour,
          timeWindow: HOUR_MS,
          keyGenerator: (request) => `file-upload:${request.auth?.userId ?? request.ip}`,
        },
      },
      schema: {
        tags,
        summary: 'Upload a file',
        description:
          'A `multipart/form-data` body: the field `purpose` (avatar, psychologist_photo, attachment, course_media, document) first, then one file. The type is read from the content, never the name: images (JPEG, PNG, WebP, GIF, AVIF) are re-encoded to WebP plus a JPEG copy without metadata; PDFs are accepted for attachments and documents; course media (staff only) also take MP4 and WebM video, MP3, Ogg and M4A sound, and WebVTT captions (UTF-8 text starting `WEBVTT`, at most 1 MiB). 413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED, 400 FILE_UNREADABLE or UPLOAD_MALFORMED, 409 FILE_QUOTA_EXCEEDED, 429 RATE_LIMITED. An upload not put to use within a day is removed.',
        consumes: ['multipart/form-data'],
        response: { 201: uploadedFileSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request)
      const form = await readUploadForm(request, deps.config)
      try {
        return reply.code(201).send(await uploadFile(deps, auth, form))
      } finally {
        await discardUpload(form)
      }
    },
  )

  app.get(
    '/files',
    {
      schema: {
        tags,
        summary: 'The attachments of a message',
        description:
          'For whoever may read the message’s thread now; anyone else, and an unknown message, gets 404.',
        querystring: fileListQuerySchema,
        response: { 200: fileListSchema },
      },
    },
    async (request) => listAttachments(deps, requireAuth(request), request.query.messageId),
  )

  for (const variant of ['main', 'fallback'] as const) {
    app.get(
      variant === 'main' ? '/files/:id' : '/files/:id/fallback',
      {
        compress: false,
        schema: {
          tags,
          summary: variant === 'main' ? 'Download a file' : 'Download the JPEG copy of an image',
          description: `Owners read their own files; an attachment goes to whoever may read its thread now, a document to its owner's treating psychologist (each such read writes an audit row, \`document.read\`). Anyone else, and any unknown id, gets 404. ${SIGNED} ${FILE_HEADERS}`,
          params: fileParamsSchema,
          querystring: signedLinkQuerySchema,
        },
      },
      async (request, reply) => {
        const resource = fileLinkResource(request.params.id)
        const reader = await requireAuthOrSignedLink(request, reply, resource)
        const context = { ip: request.ip, userAgent: request.headers['user-agent'] }
        const target = { id: request.params.id, variant, range: request.headers.range, context }
        return sendFile(reply, await openFile(deps, reader, target), 'private')
      },
    )
  }

  app.post(
    '/files/:id/link',
    {
      schema: {
        tags,
        summary: 'A signed, short-lived link to a file I may read',
        description:
          'For clients whose session is a bearer token (the Android app), which a browser does not add to `<img>`, `<video>`, `<track>` or a plain link: `url` (and `fallbackUrl` for an image’s JPEG copy) download the file without a session until `expiresAt` (SIGNED_LINK_SECONDS, 5 minutes by default), for this person, while this session lasts and they may still read the file. Byte ranges work as with the session. 404 for a file I may not read, as on download.',
        params: fileParamsSchema,
        response: { 200: fileLinkSchema },
      },
    },
    async (request) => createFileLink(deps, requireAuth(request), request.params.id),
  )

  app.get(
    '/files/public/:id/:name',
    {
      compress: false,
      // Pages show many avatars at once: a limit of its own, above the general public one.
      config: { rateLimit: { max: 1200, timeWindow: MINUTE_MS } },
      schema: {
        tags,
        summary: 'A public avatar or psychologist photo',
        description: `No sign-in. The name is the start of the content hash plus \`.webp\` (or \`.jpg\` for the JPEG copy), so the address changes with the picture and is cached forever. ${FILE_HEADERS}`,
        params: publicFileParamsSchema,
      },
    },
    async (request, reply) => {
      const target = { ...request.params, range: request.headers.range }
      // Anyone's to show, the Android app's pages (another origin) included.
      reply.header('cross-origin-resource-policy', 'cross-origin')
      return sendFile(reply, await openPublicImage(deps, target), 'immutable')
    },
  )

  app.put(
    '/files/:id/message',
    {
      schema: {
        tags,
        summary: 'Attach my file to my message',
        description:
          'A ready `attachment` I uploaded, onto a message I wrote in a thread I can read; from then on the thread’s readers may download it. 409 FILE_NOT_USABLE when the file is not such a file or is already attached.',
        params: fileParamsSchema,
        body: attachFileBodySchema,
        response: { 200: uploadedFileSchema },
      },
    },
    async (request) => attachMyFile(deps, requireAuth(request), request.params.id, request.body),
  )

  app.put(
    '/users/me/avatar',
    {
      schema: {
        tags,
        summary: 'Set my avatar',
        description:
          'From a ready `avatar` file I uploaded; answers its public URL, also kept as `profile.avatarUrl`. The previous avatar is removed a day later. 409 FILE_NOT_USABLE otherwise.',
        body: useImageBodySchema.meta({
          'x-examples': {
            avatar: {
              summary: 'A file uploaded with purpose avatar',
              value: { fileId: '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87' },
            },
          },
        }),
        response: { 200: imageInUseSchema },
      },
    },
    async (request) => setMyAvatar(deps, requireAuth(request), request.body.fileId),
  )

  app.delete(
    '/users/me/avatar',
    {
      schema: {
        tags,
        summary: 'Remove my avatar',
        description:
          'Clears `profile.avatarUrl`; the file is removed a day later, as a replaced one is. 204 also when there was none.',
      },
    },
    async (request, reply) => {
      await clearMyAvatar(deps, requireAuth(request))
      return reply.code(204).send()
    },
  )

  app.put(
    '/professionals/me/photo',
    {
      schema: {
        tags,
        summary: 'Set my directory photo',
        description:
          'Psychologists (`schedule.manage.own`), from a ready `psychologist_photo` file they uploaded; answers its public URL, also the profile’s `photoUrl`. 409 FILE_NOT_USABLE otherwise.',
        body: useImageBodySchema,
        response: { 200: imageInUseSchema },
      },
    },
    async (request) => {
      const auth = requirePermission(request, 'schedule.manage.own')
      return setMyPsychologistPhoto(deps, auth, request.body.fileId)
    },
  )
}
