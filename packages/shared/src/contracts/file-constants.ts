// Files' vocabulary without zod, so front ends can import the values.

/** What a file is for; it decides the allowed types, the size cap and who may read it. */
export const FILE_PURPOSES = [
  'avatar',
  'psychologist_photo',
  'attachment',
  'course_media',
  'document',
] as const
export type FilePurpose = (typeof FILE_PURPOSES)[number]

export const FILE_STATUSES = ['pending', 'ready', 'rejected'] as const
export type FileStatus = (typeof FILE_STATUSES)[number]

/** Longest display name kept, in characters (Unicode code points). */
export const FILE_NAME_MAX_LENGTH = 120
