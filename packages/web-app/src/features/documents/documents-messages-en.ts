import type { documentsMessagesFa } from './documents-messages-fa.ts'

export const documentsMessagesEn: typeof documentsMessagesFa = {
  pageTitle: 'My documents | YektaYar',
  title: 'My documents',
  lead: 'Keep a referral letter, a test result or a report that matters for your care here. The psychologist you have sessions with sees it, and you can link each document to one of your sessions.',
  upload: {
    title: 'Add a document',
    choose: 'Choose files',
    hint: 'A PDF or a photo (JPEG, PNG or WebP). You can choose several files at once.',
    listLabel: 'Uploads',
    uploading: 'Uploading {{name}}: {{percent}}%',
    cancel: 'Cancel uploading {{name}}',
    dismiss: 'Dismiss the message about {{name}}',
    retry: 'Try again',
    added: '“{{name}}” was added.',
    errors: {
      FILE_TOO_LARGE: 'This file is larger than allowed. Choose a smaller one.',
      FILE_TYPE_NOT_ALLOWED: 'Only PDFs and photos (JPEG, PNG or WebP) are accepted.',
      heic: 'HEIC photos are not accepted. In your phone’s camera settings choose the “Most Compatible” format, or send a JPEG copy of the photo.',
      FILE_QUOTA_EXCEEDED:
        'Your space for documents is full. Delete a document you no longer need.',
      FILE_UNREADABLE: 'This file could not be read; it may be damaged.',
      NETWORK_ERROR: 'You are offline; try again once connected.',
      RATE_LIMITED: 'Too many uploads; try again in a little while.',
      other: 'The upload failed.',
    },
  },
  list: 'My documents',
  emptyTitle: 'No documents yet',
  emptyBody: 'Upload letters, test results or reports you would like your psychologist to see.',
  more: 'More documents',
  session: {
    label: 'For session',
    none: 'No particular session',
    option: '{{date}} — {{name}}',
    saving: 'Saving…',
    saved: 'Saved',
  },
  delete: {
    action: 'Delete',
    actionNamed: 'Delete {{name}}',
    confirm: 'Delete “{{name}}”? Your psychologist will no longer see it either.',
    yes: 'Yes, delete it',
    no: 'Cancel',
    done: '“{{name}}” was deleted.',
  },
}
