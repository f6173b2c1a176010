import type { photoMessagesFa } from './photo-messages-fa.ts'

export const photoMessagesEn: typeof photoMessagesFa = {
  choose: 'Choose a photo',
  change: 'Change photo',
  remove: 'Remove photo',
  dropHint: 'Or drop a picture here. JPEG, PNG or WebP, up to 10 MB.',
  cropArea: 'Square crop preview; drag it or use the arrow keys to move the picture.',
  cropHint: 'Drag the picture to centre the face, and zoom with the slider.',
  zoom: 'Zoom',
  save: 'Save photo',
  cancel: 'Cancel',
  uploading: 'Uploading…',
  saved: 'Photo saved.',
}
