import { Button, useTranslation } from '@yektayar/ui'
import { useState } from 'react'

export interface RecoveryCodesProps {
  codes: string[]
  onDone: () => void
}

/** Shown once, right after they are made: the server keeps only their hashes. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'))
      setCopied(true)
    } catch {
      // No clipboard (insecure context, refused permission): the codes stay on screen to copy.
    }
  }
  return (
    <div className="flex flex-col gap-4 rounded-xl border border-line bg-surface-muted p-4">
      <h3 className="font-bold text-ink">{t('settings.totp.recoveryTitle')}</h3>
      <p className="text-sm text-ink-muted">{t('settings.totp.recoveryLead')}</p>
      <ul
        dir="ltr"
        className="grid grid-cols-2 gap-2 font-mono text-sm text-ink"
        aria-live="polite"
      >
        {codes.map((code) => (
          <li key={code} className="rounded-lg bg-surface px-3 py-2 text-center">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {t('settings.totp.copy')}
        </Button>
        <Button onClick={onDone}>{t('settings.totp.recoveryDone')}</Button>
        <span role="status" className="text-sm font-medium text-success">
          {copied ? t('settings.totp.copied') : ''}
        </span>
      </div>
    </div>
  )
}
