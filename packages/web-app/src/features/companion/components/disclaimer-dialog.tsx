import { Button, useTranslation } from '@yektayar/ui'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { CrisisLines } from '../../../shared/safety/crisis-lines.tsx'

export interface DisclaimerDialogProps {
  onClose: () => void
  /** The first time: an "I understand" that remembers it was read. */
  onAcknowledge?: () => void
}

/** What the companion is and is not (DESIGN §11), with the emergency numbers. */
export function DisclaimerDialog({ onClose, onAcknowledge }: DisclaimerDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog title={t('companion.about.title')} onClose={onClose}>
      <div className="flex flex-col gap-3 leading-relaxed">
        <p>{t('companion.about.what')}</p>
        <p>{t('companion.about.noDiagnosis')}</p>
        <p>{t('companion.about.mistakes')}</p>
        <p className="text-sm text-ink-muted">{t('companion.about.privacy')}</p>
      </div>
      <section className="flex flex-col gap-2 rounded-xl bg-primary-soft p-3">
        <p className="font-semibold">{t('companion.about.emergency')}</p>
        <CrisisLines compact />
      </section>
      {onAcknowledge && (
        <Button size="lg" onClick={onAcknowledge}>
          {t('companion.about.acknowledge')}
        </Button>
      )}
    </ModalDialog>
  )
}
