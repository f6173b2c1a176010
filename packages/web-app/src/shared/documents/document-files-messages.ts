import { addAppMessages } from '../lazy-messages.ts'
import { documentFilesMessagesEn } from './document-files-messages-en.ts'
import { documentFilesMessagesFa } from './document-files-messages-fa.ts'

/** Under `app.documentFiles`, added by the pages that list documents (not first-screen ones). */
export function addDocumentFilesMessages(): void {
  addAppMessages('documentFiles', { fa: documentFilesMessagesFa, en: documentFilesMessagesEn })
}
