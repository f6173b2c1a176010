import type { DocumentFile } from '@yektayar/shared/types'
import { buttonClasses, useTranslation } from '@yektayar/ui'
import { fileKindOf } from '../files/file-size.ts'

/**
 * Opens a document: a picture in a new tab, anything else (a PDF) as a download where the
 * reader is, since the server sends it as an attachment and never renders it in our origin.
 */
export function OpenDocumentLink({ document }: { document: DocumentFile }) {
  const { t } = useTranslation()
  const picture = fileKindOf(document.mime) === 'image'
  return (
    <a
      href={document.url}
      {...(picture ? { target: '_blank', rel: 'noopener' } : { download: document.displayName })}
      aria-label={t('documentFiles.openNamed', { name: document.displayName })}
      className={buttonClasses({ variant: 'secondary', className: 'min-h-10 shrink-0 px-4' })}
    >
      {t('documentFiles.open')}
    </a>
  )
}
