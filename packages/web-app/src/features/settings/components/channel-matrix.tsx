import type {
  NotificationCategory,
  NotificationPreferences,
  SwitchableChannel,
  UserType,
} from '@yektayar/shared/types'
import { useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { categoriesFor, isMandatory } from '../notification-categories.ts'

export interface ChannelMatrixProps {
  userType: UserType
  preferences: NotificationPreferences
  /** The channels to offer; push only where the server can send it. */
  channels: readonly SwitchableChannel[]
  onChange: (category: NotificationCategory, channel: SwitchableChannel, on: boolean) => void
}

const ROW = 'sm:grid sm:items-center sm:gap-2'

/** From `sm` up: the category, then one column per channel shown (push only where offered). */
const columnsFor = (count: number) => ({
  gridTemplateColumns: `minmax(0, 1fr) repeat(${count}, 5.5rem)`,
})
const BOX = 'size-5 shrink-0 accent-primary disabled:cursor-not-allowed'

/**
 * Category × channel: one row per category, one checkbox per channel. In-app is always on (the
 * centre keeps everything): a disabled, checked column from `sm` up, where the channel names
 * head the columns; on a phone one line says so, and each box carries its own name.
 */
export function ChannelMatrix(props: ChannelMatrixProps) {
  const { t } = useTranslation()
  const columns = ['inApp', ...props.channels] as const
  return (
    <div className="flex flex-col divide-y divide-line rounded-xl border border-line">
      <p className="px-4 py-2 text-xs text-ink-muted sm:hidden">
        {t('settings.notifications.inAppNote')}
      </p>
      <div
        aria-hidden="true"
        className={`hidden px-4 py-2 text-xs font-bold text-ink-muted ${ROW}`}
      >
        <span>{t('settings.notifications.category')}</span>
        {columns.map((channel) => (
          <span key={channel} className="text-center">
            {t(`settings.notifications.${channel}`)}
          </span>
        ))}
      </div>
      {categoriesFor(props.userType).map((category) => (
        <CategoryRow key={category} category={category} {...props} />
      ))}
    </div>
  )
}

function CategoryRow({
  category,
  preferences,
  channels,
  onChange,
}: ChannelMatrixProps & { category: NotificationCategory }) {
  const { t } = useTranslation()
  const nameId = useId()
  const mandatory = isMandatory(category)
  const switches = preferences.categories[category]
  return (
    <fieldset
      aria-labelledby={nameId}
      className={`flex min-w-0 flex-col gap-2 px-4 py-3 ${ROW}`}
      style={columnsFor(channels.length + 1)}
    >
      <span id={nameId} className="flex flex-col text-sm font-medium text-ink">
        {t(`settings.notifications.categories.${category}`)}
        {mandatory && (
          <span className="text-xs font-normal text-ink-muted">
            {t('settings.notifications.mandatory')}
          </span>
        )}
      </span>
      <div className="flex flex-wrap gap-x-5 gap-y-2 sm:contents">
        {/* A phone says it once above the list instead (ChannelMatrix). */}
        <label className="hidden items-center justify-center sm:flex">
          <input type="checkbox" checked readOnly disabled className={BOX} />
          <span className="sr-only">{t('settings.notifications.inAppAlways')}</span>
        </label>
        {channels.map((channel) => (
          <label
            key={channel}
            className="flex items-center gap-2 text-sm text-ink sm:justify-center"
          >
            <input
              type="checkbox"
              className={BOX}
              checked={mandatory || (switches?.[channel] ?? false)}
              disabled={mandatory}
              onChange={(event) => onChange(category, channel, event.target.checked)}
            />
            <span className="sm:sr-only">{t(`settings.notifications.${channel}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
