import type { User } from '@yektayar/shared/types'
import { Button, Notice, TextAreaField, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useSetActive } from '../api/person-state.ts'
import { SectionCard } from './section-card.tsx'

/** Activate or deactivate, always with a reason (the audit trail keeps it with the change). */
export function ActivationSection({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [done, setDone] = useState(false)
  return (
    <SectionCard title={t('people.activation.title')}>
      <p className="text-ink-muted">
        {user.isActive ? t('people.activation.activeBody') : t('people.activation.inactiveBody')}
      </p>
      {done && (
        <Notice tone="success" onDismiss={() => setDone(false)}>
          {t('people.activation.done')}
        </Notice>
      )}
      {canManage && (
        <div>
          <Button variant={user.isActive ? 'danger' : 'primary'} onClick={() => setOpen(true)}>
            {user.isActive ? t('people.activation.deactivate') : t('people.activation.activate')}
          </Button>
        </div>
      )}
      <ActivationDialog
        open={open}
        user={user}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false)
          setDone(true)
        }}
      />
    </SectionCard>
  )
}

interface ActivationDialogProps {
  open: boolean
  user: User
  onClose: () => void
  onDone: () => void
}

function ActivationDialog({ open, user, onClose, onDone }: ActivationDialogProps) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const change = useSetActive(user.id)
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const deactivating = user.isActive
  const mode = deactivating ? 'deactivate' : 'activate'
  return (
    <ModalDialog open={open} title={t(`people.activation.${mode}Title`)} onClose={onClose}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          if (reason.trim().length < 3) return setTooShort(true)
          change.mutate({ active: !deactivating, reason: reason.trim() }, { onSuccess: onDone })
        }}
      >
        <p className="text-ink-muted">{t(`people.activation.${mode}Body`)}</p>
        <TextAreaField
          label={t('people.activation.reason')}
          value={reason}
          aria-required
          error={tooShort ? t('people.activation.reasonTooShort') : null}
          onChange={(event) => {
            setReason(event.target.value)
            setTooShort(false)
          }}
        />
        {change.isError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {problemMessage(change.error)}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('people.activation.cancel')}
          </Button>
          <Button
            type="submit"
            variant={deactivating ? 'danger' : 'primary'}
            loading={change.isPending}
            needsConnection
          >
            {t(`people.activation.${mode}`)}
          </Button>
        </div>
      </form>
    </ModalDialog>
  )
}
