import { Button, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useHandoff } from '../api/handoff.ts'

/** Messaging's conversation page: a path, never an import of that feature. */
const threadPath = (threadId: string) => `/messages/${threadId}`

export interface HandoffDialogProps {
  conversationId: string
  onClose: () => void
}

/**
 * "Talk to a person": a thread to the clinical team opens, with this conversation's recent
 * turns only if the person ticks the box (unticked at first: sharing is never assumed).
 */
export function HandoffDialog({ conversationId, onClose }: HandoffDialogProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const handoff = useHandoff(conversationId)
  const [share, setShare] = useState(false)
  const consentId = useId()
  const open = () =>
    handoff.mutate(share, {
      onSuccess: ({ threadId }) => {
        onClose()
        void navigate(threadPath(threadId))
      },
    })
  return (
    <ModalDialog title={t('companion.handoff.title')} onClose={onClose}>
      <p className="leading-relaxed">{t('companion.handoff.lead')}</p>
      <div className="flex items-start gap-3 rounded-xl bg-surface-muted p-3">
        <input
          id={consentId}
          type="checkbox"
          checked={share}
          onChange={(event) => setShare(event.target.checked)}
          aria-describedby={`${consentId}-hint`}
          className="mt-1 size-5 shrink-0 accent-primary"
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={consentId} className="font-medium">
            {t('companion.handoff.consent')}
          </label>
          <p id={`${consentId}-hint`} className="text-sm text-ink-muted">
            {t('companion.handoff.consentHint')}
          </p>
        </div>
      </div>
      <ProblemAlert error={handoff.error} />
      <div className="flex flex-wrap gap-2">
        <Button size="lg" loading={handoff.isPending} needsConnection onClick={open}>
          {t('companion.handoff.open')}
        </Button>
        <Button size="lg" variant="secondary" onClick={onClose}>
          {t('companion.handoff.cancel')}
        </Button>
      </div>
    </ModalDialog>
  )
}
