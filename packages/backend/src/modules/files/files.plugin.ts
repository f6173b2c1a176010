import multipart from '@fastify/multipart'
import { modulePlugin } from '../../lib/module-plugin.ts'
import { provideCourseMedia } from '../learning/course-media-port.ts'
import { provideMessageAttachments } from '../messaging/message-attachments.ts'
import { onThreadAccessLost } from '../messaging/thread-access-lost.ts'
import { courseMedia } from './course-media.service.ts'
import { documentRoutes } from './document.routes.ts'
import { fileRoutes } from './file.routes.ts'
import { fileDepsOf } from './file-deps.ts'
import { registerFileJobs } from './file-jobs.ts'
import { messageAttachments } from './message-attachments.service.ts'
import { multipartLimits } from './upload-form.ts'

/**
 * Uploads and downloads (issue 16): avatars, psychologist photos, message attachments, course
 * media and documents, on local disk or S3-compatible storage. Reads messaging (thread access),
 * appointments (treating psychologist, a patient's sessions), learning (who may see a course),
 * users and professionals (where pictures are shown) through their services, and audits reads of
 * documents; nothing imports files. Messaging sends and lists attachments, and learning puts
 * course media on courses, through the ports this plugin provides; messaging tells it who lost
 * access to a thread (thread-access-lost.ts), so kept download decisions go at once.
 */
export const filesPlugin = modulePlugin(
  'files',
  [
    'authenticate',
    'audit',
    'config',
    'users',
    'professionals',
    'appointments',
    'messaging',
    'learning',
  ],
  async (app) => {
    const deps = fileDepsOf(app)
    provideMessageAttachments(messageAttachments)
    provideCourseMedia(courseMedia)
    onThreadAccessLost(app.io, (userIds) => deps.accessCache.forgetPeople(userIds))
    app.addHook('onClose', async () => deps.accessCache.close())
    // Inside this plugin only: no other route accepts multipart bodies.
    await app.register(multipart, {
      limits: multipartLimits(deps.config),
      throwFileSizeLimit: true,
    })
    await registerFileJobs(deps, app.jobs)
    await app.register(fileRoutes, { deps })
    await app.register(documentRoutes, { deps })
  },
)
