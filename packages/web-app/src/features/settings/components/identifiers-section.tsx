import type { User } from '@yektayar/shared/types'
import { Button, localizeDigits, useLanguage, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { useRemoveIdentifier } from '../api/identifiers.ts'
import { AddIdentifierForm } from './add-identifier-form.tsx'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

type Identifier = User['identifiers'][number]

/**
 * The phone numbers and emails I sign in with and am reached at: an email (once verified) is
 * where notification emails go. Adding one proves it with a code sent to it; the last one stays.
 */
export function IdentifiersSection({ me }: { me: User }) {
  const remove = useRemoveIdentifier()
  const removable = me.identifiers.length > 1
  return (
    <SettingsSection area="identifiers">
      <ul className="flex flex-col divide-y divide-line rounded-xl border border-line">
        {me.identifiers.map((identifier) => (
          <IdentifierRow
            key={identifier.id}
            identifier={identifier}
            removing={remove.isPending && remove.variables === identifier.id}
            onRemove={removable ? () => remove.mutate(identifier.id) : undefined}
          />
        ))}
      </ul>
      <SaveStatus error={remove.error} saved={false} />
      <AddIdentifierForm />
    </SettingsSection>
  )
}

interface IdentifierRowProps {
  identifier: Identifier
  removing: boolean
  onRemove?: () => void
}

function IdentifierRow({ identifier, removing, onRemove }: IdentifierRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const valueId = useId()
  const shown =
    identifier.type === 'phone' ? localizeDigits(identifier.value, language) : identifier.value
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <div className="flex min-w-0 flex-col gap-1">
        <span className="text-xs text-ink-muted">
          {t(`settings.identifiers.${identifier.type}`)}
        </span>
        <span className="flex flex-wrap items-center gap-2">
          <bdi id={valueId} dir="ltr" className="break-all font-semibold text-ink">
            {shown}
          </bdi>
          {identifier.isPrimary && (
            <span className="rounded-full bg-primary-soft px-2.5 py-0.5 text-xs font-bold text-primary">
              {t('settings.identifiers.primary')}
            </span>
          )}
          {identifier.isVerified && (
            <span className="rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-bold text-success">
              {t('settings.identifiers.verified')}
            </span>
          )}
        </span>
      </div>
      {onRemove && (
        <Button
          variant="ghost"
          needsConnection
          loading={removing}
          onClick={onRemove}
          aria-describedby={valueId}
        >
          {t('settings.identifiers.remove')}
        </Button>
      )}
    </li>
  )
}
