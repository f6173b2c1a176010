import { CRISIS_LINES } from '@yektayar/shared/types'
import { cx, Icon, localizeDigits, useLanguage, useTranslation } from '@yektayar/ui'

const PHONE_ICON =
  'M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2Z'

/**
 * The three emergency numbers as phone links, in the first screen's code with their names (in
 * the shell's strings): a crisis card whose own code is still on its way shows these at once.
 */
export function CrisisLines({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <ul className={cx('grid gap-2', compact ? 'grid-cols-3' : 'sm:grid-cols-3')}>
      {CRISIS_LINES.map(({ number, key }) => (
        <li key={number} className="flex">
          <a
            href={`tel:${number}`}
            className={cx(
              'flex w-full items-center rounded-xl border border-line-strong bg-surface text-ink hover:bg-surface-muted',
              compact
                ? 'min-h-11 justify-center px-2 py-1.5 text-center'
                : 'min-h-14 gap-3 px-4 py-2',
            )}
          >
            {!compact && <Icon path={PHONE_ICON} className="size-5 text-primary" />}
            <span className="flex flex-col">
              <span
                dir="ltr"
                className={cx(
                  'text-lg font-bold tabular-nums text-primary',
                  compact ? 'self-center' : 'self-start',
                )}
              >
                {localizeDigits(number, language)}
              </span>
              <span className={compact ? 'text-xs' : 'text-sm'}>
                {t(`shell.crisisLines.${key}`)}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  )
}
