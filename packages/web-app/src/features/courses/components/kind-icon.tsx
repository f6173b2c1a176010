import { Icon } from '@yektayar/ui'

// Line icons (24×24) for a course's format and a lesson's kind.
const PATHS = {
  video:
    'M4 6h11a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1ZM16 10l5-3v10l-5-3',
  article: 'M6 3h9l3 3v15H6zM9 9h6M9 13h6M9 17h4',
  interactive: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 7v5l3 3',
  exercise: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 7v5l3 3',
}

export function KindIcon({ kind, className }: { kind: keyof typeof PATHS; className?: string }) {
  return <Icon path={PATHS[kind]} className={className} />
}
