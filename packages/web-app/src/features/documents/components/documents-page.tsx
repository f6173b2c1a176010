import { useQueryClient } from '@tanstack/react-query'
import type { DocumentFile, UploadedFile } from '@yektayar/shared/types'
import { LoadMore, Notice, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { isolate } from '../../../shared/isolate.ts'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { MY_DOCUMENTS_KEY, useMyDocuments } from '../api/my-documents.ts'
import { useMySessions } from '../api/my-sessions.ts'
import { addDocumentsMessages } from '../documents-messages.ts'
import { DocumentUploader } from './document-uploader.tsx'
import { MyDocumentItem } from './my-document-item.tsx'
import { useDocumentUploads } from './use-document-uploads.ts'

/** /documents: a patient's documents for their care, uploaded, linked to sessions, deleted. */
export function DocumentsPage() {
  // Before any child asks for them: the page's strings are not in the first-screen bundle.
  addDocumentsMessages()
  return (
    <ViewerTimeZone>
      <Page messages="documents" width="max-w-3xl">
        <Documents />
      </Page>
    </ViewerTimeZone>
  )
}

type Said = { key: 'upload.added' | 'delete.done'; name: string }

function Documents() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [said, setSaid] = useState<Said | null>(null)
  const uploads = useDocumentUploads((file: UploadedFile) => {
    setSaid({ key: 'upload.added', name: file.displayName })
    void queryClient.invalidateQueries({ queryKey: MY_DOCUMENTS_KEY })
  })
  const documents = useMyDocuments()
  // Without them the select offers "no session" only; the list itself does not wait.
  const sessions = useMySessions()
  const items = documents.data?.pages.flatMap((page) => page.items) ?? []
  const deleted = (document: DocumentFile) =>
    setSaid({ key: 'delete.done', name: document.displayName })
  return (
    <>
      <DocumentUploader uploads={uploads} />
      {said && (
        <Notice tone="success" onDismiss={() => setSaid(null)}>
          {t(`documents.${said.key}`, { name: isolate(said.name) })}
        </Notice>
      )}
      <ListStates pages={documents} count={items.length} messages="documents">
        <ul aria-label={t('documents.list')} className="flex flex-col gap-3">
          {items.map((document) => (
            <MyDocumentItem
              key={document.id}
              document={document}
              sessions={sessions.data ?? []}
              onDeleted={deleted}
            />
          ))}
        </ul>
        <LoadMore pages={documents} label={t('documents.more')} />
      </ListStates>
    </>
  )
}
