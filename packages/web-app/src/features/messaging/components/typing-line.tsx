import { useTranslation } from '@yektayar/ui'

/** "Sara is typing…", in a fixed-height line so the composer does not jump. */
export function TypingLine({ names }: { names: string[] }) {
  const { t, i18n } = useTranslation()
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names)
  return (
    <p aria-live="polite" className="flex h-6 items-center gap-2 text-xs text-ink-muted">
      {names.length > 0 && (
        <>
          <span aria-hidden="true" className="flex gap-0.5">
            <span className="size-1.5 rounded-full bg-primary motion-safe:animate-bounce" />
            <span className="size-1.5 rounded-full bg-primary motion-safe:animate-bounce [animation-delay:150ms]" />
            <span className="size-1.5 rounded-full bg-primary motion-safe:animate-bounce [animation-delay:300ms]" />
          </span>
          {t('messaging.thread.typing', { count: names.length, names: list })}
        </>
      )}
    </p>
  )
}
