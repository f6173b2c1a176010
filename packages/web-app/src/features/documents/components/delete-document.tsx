import type { DocumentFile } from '@yektayar/shared/types'
import { Button, buttonClasses, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import { isolate } from '../../../shared/isolate.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useDeleteDocument } from '../api/delete-document.ts'

export interface DeleteDocumentProps {
  document: DocumentFile
  /** Told once the server has deleted it, to say so where the row was. */
  onDeleted: (document: DocumentFile) => void
}

/**
 * Delete, asked twice: the second question says what deleting means (the psychologist loses
 * it too), and its safe answer has the focus. Nothing is deleted until the server says so.
 */
export function DeleteDocument({ document, onDeleted }: DeleteDocumentProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const remove = useDeleteDocument(() => onDeleted(document))
  const keep = useRef<HTMLButtonElement>(null)
  const ask = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  const name = document.displayName

  useEffect(() => {
    if (asking) keep.current?.focus()
    else if (asked.current) ask.current?.focus()
  }, [asking])

  if (!asking) {
    return (
      // Plain buttons where focus moves: it comes back here when the question is put away.
      <button
        ref={ask}
        type="button"
        className={buttonClasses({ variant: 'secondary', className: 'min-h-10 px-4' })}
        aria-label={t('documents.delete.actionNamed', { name })}
        onClick={() => {
          asked.current = true
          setAsking(true)
        }}
      >
        {t('documents.delete.action')}
      </button>
    )
  }
  return (
    <div className="flex w-full flex-col gap-3 rounded-xl bg-danger-soft p-3">
      <p className="font-medium text-ink">
        {t('documents.delete.confirm', { name: isolate(name) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          className="min-h-10"
          loading={remove.isPending}
          needsConnection
          onClick={() => remove.mutate(document.id)}
        >
          {t('documents.delete.yes')}
        </Button>
        <button
          ref={keep}
          type="button"
          className={buttonClasses({ variant: 'secondary', className: 'min-h-10' })}
          disabled={remove.isPending}
          onClick={() => {
            remove.reset()
            setAsking(false)
          }}
        >
          {t('documents.delete.no')}
        </button>
      </div>
      <ProblemAlert error={remove.error} look="line" />
    </div>
  )
}
