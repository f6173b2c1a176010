import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FileStorage } from '../integrations/storage/file-storage.ts'

/**
 * The slot for the breathing course's video (issue 17): a short breathing-guide animation with
 * Persian captions, produced separately and committed here as
 *
 *   packages/backend/src/seed/media/breathing-guide.mp4     (H.264 MP4, under 2 MB)
 *   packages/backend/src/seed/media/breathing-guide.fa.vtt  (WebVTT, Persian)
 *
 * While the video is not there, its lesson is seeded as an article (DemoLesson's `fallback`).
 */
export const DEMO_MEDIA_DIR = fileURLToPath(new URL('./media/', import.meta.url))
const VIDEO = 'breathing-guide.mp4'
const CAPTIONS = 'breathing-guide.fa.vtt'
/** The limit for the committed video; a bigger file is a mistake, not a video to serve. */
const MAX_VIDEO_BYTES = 2 * 1024 * 1024

export interface StoredDemoFile {
  id: string
  storageKey: string
  mime: string
  size: number
  sha256: string
  displayName: string
}

export interface DemoVideo {
  video: StoredDemoFile
  captions: StoredDemoFile | null
}

const readOptional = (path: string) => readFile(path).catch(() => undefined)

async function store(
  storage: FileStorage,
  bytes: Buffer,
  file: { mime: string; extension: string; displayName: string },
): Promise<StoredDemoFile> {
  const id = randomUUID()
  const storageKey = `course_media/${id}.${file.extension}`
  await storage.put(storageKey, bytes, file.mime)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return {
    id,
    storageKey,
    mime: file.mime,
    size: bytes.length,
    sha256,
    displayName: file.displayName,
  }
}

/** The breathing video and its captions, put in storage; undefined while the slot is empty. */
export async function storeDemoVideo(
  storage: FileStorage,
  dir = DEMO_MEDIA_DIR,
): Promise<DemoVideo | undefined> {
  const video = await readOptional(join(dir, VIDEO))
  if (!video || video.length > MAX_VIDEO_BYTES) return undefined
  const captions = await readOptional(join(dir, CAPTIONS))
  return {
    video: await store(storage, video, { mime: 'video/mp4', extension: 'mp4', displayName: VIDEO }),
    captions: captions
      ? await store(storage, captions, {
          mime: 'text/vtt',
          extension: 'vtt',
          displayName: CAPTIONS,
        })
      : null,
  }
}
