import { SwitchField, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useEffect, useState } from 'react'
import {
  currentSubscription,
  optInToPush,
  optOutOfPush,
  PushOptInError,
} from '../push/browser-push.ts'

type PushState = 'checking' | 'off' | 'on'

/**
 * Push on this device, offered only where the server sends push and the browser can receive it,
 * with the plain truth beside it: push may never arrive on many networks in Iran, so whatever
 * matters also comes by SMS and in the app.
 */
export function PushOptIn() {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const [state, setState] = useState<PushState>('checking')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    currentSubscription()
      .then((subscription) => live && setState(subscription ? 'on' : 'off'))
      .catch(() => live && setState('off'))
    return () => {
      live = false
    }
  }, [])

  const change = async (on: boolean) => {
    setBusy(true)
    setProblem(null)
    try {
      await (on ? optInToPush() : optOutOfPush())
      setState(on ? 'on' : 'off')
    } catch (error) {
      setProblem(
        error instanceof PushOptInError
          ? t(`settings.notifications.pushRefused.${error.reason}`)
          : describe(error),
      )
      setState((await currentSubscription().catch(() => null)) ? 'on' : 'off')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-2 rounded-xl border border-line p-4">
      <SwitchField
        label={t('settings.notifications.pushOptIn')}
        hint={t('settings.notifications.pushHonest')}
        checked={state === 'on'}
        disabled={state === 'checking' || busy}
        onChange={(on) => void change(on)}
      />
      {problem && (
        <p role="alert" className="text-sm font-medium text-danger">
          {problem}
        </p>
      )}
    </div>
  )
}

/** Shown instead of the switch where the server sends push but this browser cannot take it. */
export function PushUnsupported() {
  const { t } = useTranslation()
  return <p className="text-sm text-ink-muted">{t('settings.notifications.pushUnsupported')}</p>
}
