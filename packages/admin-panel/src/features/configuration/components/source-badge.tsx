import type { ConfigSource } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

// Each tone pairs a soft background with its own ink, which keeps AA contrast in both themes.
const TONES: Record<ConfigSource, string> = {
  default: 'bg-surface-muted text-ink-muted',
  env: 'bg-accent-soft text-ink',
  database: 'bg-primary-soft text-primary',
}

/** Where a value comes from: the built-in default, the server's environment, or an admin. */
export function SourceBadge({ source }: { source: ConfigSource }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-flex w-fit shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold',
        TONES[source],
      )}
    >
      {t(`configuration.sources.${source}`)}
    </span>
  )
}
