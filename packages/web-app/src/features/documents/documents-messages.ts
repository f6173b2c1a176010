import { addDocumentFilesMessages } from '../../shared/documents/document-files-messages.ts'
import { addAppMessages } from '../../shared/lazy-messages.ts'
import { documentsMessagesEn } from './documents-messages-en.ts'
import { documentsMessagesFa } from './documents-messages-fa.ts'

/**
 * The page's strings, under `app.documents`, and those of document lists, added when the page
 * module loads: they stay out of the first screen's `app` bundle (its JS budget).
 */
export function addDocumentsMessages(): void {
  addAppMessages('documents', { fa: documentsMessagesFa, en: documentsMessagesEn })
  addDocumentFilesMessages()
}
