import type { CompanionConversation, CompanionRetention } from '@yektayar/shared/types'
import { SelectField, SwitchField, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useUpdateConversation } from '../api/conversations.ts'

type Saved = 'sharedNow' | 'unsharedNow' | 'retentionSaved'

/**
 * Sharing with the treating psychologist and how long messages are kept, over the messages
 * below the header rather than pushing them down. A patient without a
 * psychologist is told so (COMPANION_NO_PSYCHOLOGIST) beside the switch, which stays off.
 */
export function ConversationOptions({ conversation }: { conversation: CompanionConversation }) {
  const { t } = useTranslation()
  const update = useUpdateConversation(conversation.id)
  const [saved, setSaved] = useState<Saved | null>(null)
  const change = (body: { shared?: boolean; retention?: CompanionRetention }, said: Saved) => {
    setSaved(null)
    update.mutate(body, { onSuccess: () => setSaved(said) })
  }
  return (
    <details>
      <summary className="inline-flex min-h-11 w-fit cursor-pointer items-center rounded-full px-3 text-sm font-semibold text-primary hover:bg-primary-soft">
        {t('companion.menu.label')}
      </summary>
      <div className="absolute inset-x-3 top-full z-20 mt-1 flex flex-col gap-4 rounded-xl border border-line bg-surface p-3 shadow-lg sm:start-auto sm:end-5 sm:w-[26rem]">
        <SwitchField
          label={t('companion.menu.share')}
          hint={t('companion.menu.shareHint')}
          checked={conversation.sharedAt !== null}
          disabled={update.isPending}
          onChange={(shared) => change({ shared }, shared ? 'sharedNow' : 'unsharedNow')}
        />
        <SelectField
          label={t('companion.menu.retention')}
          value={conversation.retention}
          disabled={update.isPending}
          onChange={(event) =>
            change({ retention: event.target.value as CompanionRetention }, 'retentionSaved')
          }
          options={[
            ['keep', t('companion.menu.keep')],
            ['delete_after_30_days', t('companion.menu.deleteAfter30')],
          ]}
        />
        <ProblemAlert error={update.error} look="line" />
        <p role="status" className="text-sm text-success empty:hidden">
          {saved ? t(`companion.menu.${saved}`) : ''}
        </p>
      </div>
    </details>
  )
}
