import type { DocumentFile } from '@yektayar/shared/types'
import { buttonClasses, useTranslation } from '@yektayar/ui'

/**
 * Opens a document in a new tab: a picture shows there, a PDF downloads (the server sends
 * anything but pictures as an attachment, never to be rendered in our origin).
 */
export function OpenDocumentLink({ document }: { document: DocumentFile }) {
  const { t } = useTranslation()
  return (
    <a
      href={document.url}
      target="_blank"
      rel="noopener"
      aria-label={t('documentFiles.openNamed', { name: document.displayName })}
      className={buttonClasses({ variant: 'secondary', className: 'min-h-10 shrink-0 px-4' })}
    >
      {t('documentFiles.open')}
    </a>
  )
}
