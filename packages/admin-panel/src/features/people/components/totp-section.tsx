import type { User } from '@yektayar/shared/types'
import { Button, Notice, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useTotpChange } from '../api/person-state.ts'
import { SectionCard } from './section-card.tsx'

/** Two-step sign-in: its state; with users.manage, require it (or stop) and reset it. */
export function TotpSection({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation()
  const problemMessage = useProblemMessage()
  const change = useTotpChange(user.id)
  return (
    <SectionCard title={t('people.totp.title')}>
      <p>{user.totpEnabled ? t('people.totp.enabled') : t('people.totp.disabled')}</p>
      <p className="text-ink-muted">
        {user.totpRequired ? t('people.totp.required') : t('people.totp.notRequired')}
      </p>
      {change.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(change.error)}
        </p>
      )}
      {change.isSuccess && (
        <Notice tone="success">
          {change.variables === 'reset' ? t('people.totp.resetDone') : t('people.totp.saved')}
        </Notice>
      )}
      {canManage && (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            needsConnection
            loading={change.isPending && change.variables !== 'reset'}
            onClick={() => change.mutate({ required: !user.totpRequired })}
          >
            {user.totpRequired ? t('people.totp.unrequire') : t('people.totp.require')}
          </Button>
          {user.totpEnabled && (
            <Button
              variant="danger"
              needsConnection
              loading={change.isPending && change.variables === 'reset'}
              onClick={() => change.mutate('reset')}
            >
              {t('people.totp.reset')}
            </Button>
          )}
        </div>
      )}
    </SectionCard>
  )
}
