import type { documentFilesMessagesFa } from './document-files-messages-fa.ts'

export const documentFilesMessagesEn: typeof documentFilesMessagesFa = {
  kinds: { pdf: 'PDF', image: 'Image', file: 'File' },
  open: 'Open',
  openNamed: 'Open {{name}}',
  session: 'Session of {{date}}',
  psychologistView: {
    title: 'Client’s documents',
    lead: 'Letters, test results and reports your client uploaded for their care. Each time they are listed or opened, the access log records it.',
    list: 'Client’s documents',
    empty: 'Your client has not uploaded any documents yet.',
    notYet: 'Your client’s documents show here once a first session with them is confirmed.',
    thisSession: 'For this session',
    more: 'More documents',
  },
}
