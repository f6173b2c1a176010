import type { DocumentFile } from '@yektayar/shared/types'
import { buttonClasses, useSignedUrl, useTranslation } from '@yektayar/ui'
import { fileKindOf } from '../files/file-size.ts'

/**
 * Opens a document: a picture in a new tab, anything else (a PDF) as a download where the
 * reader is, since the server sends it as an attachment and never renders it in our origin.
 * In the Android app the address is a signed link, renewed while the button is shown.
 */
export function OpenDocumentLink({ document }: { document: DocumentFile }) {
  const { t } = useTranslation()
  const picture = fileKindOf(document.mime) === 'image'
  const href = useSignedUrl(document.url, { keepFresh: true }).url
  return (
    <a
      href={href}
      {...(picture ? { target: '_blank', rel: 'noopener' } : { download: document.displayName })}
      aria-label={t('documentFiles.openNamed', { name: document.displayName })}
      className={buttonClasses({ variant: 'secondary', className: 'min-h-10 shrink-0 px-4' })}
    >
      {t('documentFiles.open')}
    </a>
  )
}
