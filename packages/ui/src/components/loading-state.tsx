import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useOnline } from '../offline/connection.ts'
import { Button } from './button.tsx'
import { cx } from './cx.ts'
import { Spinner } from './spinner.tsx'

/** After this long a spinner has stopped being information: say what is going on instead. */
export const LOADING_PATIENCE_MS = 15_000

export interface LoadingStateProps {
  label?: string
  className?: string
}

function useTimedOut(ms: number): boolean {
  const [timedOut, setTimedOut] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), ms)
    return () => clearTimeout(timer)
  }, [ms])
  return timedOut
}

/**
 * A polite live region, so screen readers hear that something is on its way. It never spins
 * forever: offline, TanStack Query holds requests until the connection is back, so it says at
 * once that this page needs one; online, it says so after LOADING_PATIENCE_MS and offers a reload.
 */
export function LoadingState({ label, className }: LoadingStateProps) {
  const { t } = useTranslation('ui')
  const online = useOnline()
  const timedOut = useTimedOut(LOADING_PATIENCE_MS)
  const box = cx('flex items-center justify-center gap-3 py-12 text-ink-muted', className)
  if (!online || timedOut) {
    return (
      <div role="status" className={cx(box, 'flex-col text-center')}>
        <p className="max-w-md">{t(online ? 'common.loadingSlow' : 'common.loadingOffline')}</p>
        {online && (
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
        )}
      </div>
    )
  }
  return (
    <div role="status" className={box}>
      <Spinner className="size-6 text-primary" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  )
}
