import { ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useOnCallRota } from '../api/on-call-rota.ts'
import { RotaEditor } from './rota-editor.tsx'

/** /on-call: the crisis on-call rota (safety.manage), who is paged first and who next. */
export function OnCallPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('onCall.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('onCall.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('onCall.lead')}</p>
      </header>
      <RequirePermission permission="safety.manage">
        <Rota />
      </RequirePermission>
    </div>
  )
}

function Rota() {
  const rota = useOnCallRota()
  if (rota.isPending) return <LoadingState />
  if (rota.isError) return <ErrorState error={rota.error} onRetry={() => rota.refetch()} />
  return <RotaEditor rota={rota.data} />
}
