import type { FilePurpose } from '@yektayar/shared'
import type { FilesConfig } from '../../config/config.ts'

/** Images every browser shows once re-encoded; HEIC is left out: sharp's build has no HEVC. */
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']
const PDF = ['application/pdf']
const MEDIA_TYPES = ['video/mp4', 'video/webm', 'audio/mpeg', 'audio/ogg', 'audio/x-m4a']
/** Captions of course videos, recognised by webvtt.ts (file-type reads no text formats). */
export const WEBVTT = 'text/vtt'

type SizeClass = keyof FilesConfig['maxBytes']

interface PurposeRule {
  /** Types by content (file-type's answer), never by name or the client's word. */
  types: string[]
  /** Images are re-encoded to fit inside this many pixels on their longer side. */
  maxSide: number
  /** Decides the size cap of a non-image file; images always use the image cap. */
  sizeClass: SizeClass
  /** Kept on purpose from the start (no later "use" marks it), so the sweep leaves it. */
  usedOnUpload: boolean
}

export const PURPOSE_RULES: Record<FilePurpose, PurposeRule> = {
  avatar: { types: IMAGE_TYPES, maxSide: 512, sizeClass: 'image', usedOnUpload: false },
  psychologist_photo: {
    types: IMAGE_TYPES,
    maxSide: 1024,
    sizeClass: 'image',
    usedOnUpload: false,
  },
  attachment: {
    types: [...IMAGE_TYPES, ...PDF],
    maxSide: 2048,
    sizeClass: 'document',
    usedOnUpload: false,
  },
  document: {
    types: [...IMAGE_TYPES, ...PDF],
    maxSide: 2048,
    sizeClass: 'document',
    usedOnUpload: true,
  },
  course_media: {
    types: [...MEDIA_TYPES, WEBVTT, ...IMAGE_TYPES, ...PDF],
    maxSide: 2048,
    sizeClass: 'media',
    usedOnUpload: true,
  },
}

export const isImageType = (mime: string) => IMAGE_TYPES.includes(mime)

/** The largest upload a purpose accepts at all (images are checked again against their cap). */
export function maxBytesOf(purpose: FilePurpose, config: FilesConfig): number {
  return Math.max(config.maxBytes[PURPOSE_RULES[purpose].sizeClass], config.maxBytes.image)
}

/** The largest upload of any purpose: the multipart parser's own ceiling. */
export function largestUpload(config: FilesConfig): number {
  return Math.max(...Object.values(config.maxBytes))
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/x-m4a': 'm4a',
  [WEBVTT]: 'vtt',
}

/** The stored object's extension: images are always WebP (and a JPEG copy). */
export const extensionOf = (mime: string) => EXTENSIONS[mime] ?? 'bin'
