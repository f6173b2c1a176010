import type { SessionInfo } from '@yektayar/shared'
import { Icon, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

const ICONS = {
  find: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM20 20l-4-4',
  calendar:
    'M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z',
  chat: 'M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-5 4Z',
  card: 'M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2ZM3 10h18M7 15h3',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 2',
  inbox: 'M4 13l2-8h12l2 8M4 13v6h16v-6M4 13h5l1 2h4l1-2h5',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4',
}

type Shortcut = [path: string, key: string, icon: keyof typeof ICONS]

/** The few places each kind of account goes most. */
const SHORTCUTS: Record<SessionInfo['user']['type'], Shortcut[]> = {
  patient: [
    ['/psychologists', 'find', 'find'],
    ['/appointments', 'appointments', 'calendar'],
    ['/messages', 'messages', 'chat'],
    ['/payments', 'payments', 'card'],
  ],
  psychologist: [
    ['/agenda', 'agenda', 'calendar'],
    ['/availability', 'availability', 'clock'],
    ['/inbox', 'inbox', 'inbox'],
    ['/messages', 'messages', 'chat'],
  ],
  admin: [
    ['/inbox', 'inbox', 'inbox'],
    ['/messages', 'messages', 'chat'],
    ['/settings', 'settings', 'settings'],
  ],
}

export function Shortcuts({ type }: { type: SessionInfo['user']['type'] }) {
  const { t } = useTranslation()
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-bold text-ink">{t('dashboard.shortcuts.title')}</h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SHORTCUTS[type].map(([path, key, icon]) => (
          <li key={path}>
            <Link
              to={path}
              className="flex h-full min-h-24 flex-col items-start justify-between gap-3 rounded-2xl border border-line bg-surface p-4 font-semibold text-ink shadow-sm transition-colors hover:bg-primary-soft"
            >
              <Icon path={ICONS[icon]} className="text-primary" />
              {t(`dashboard.shortcuts.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
