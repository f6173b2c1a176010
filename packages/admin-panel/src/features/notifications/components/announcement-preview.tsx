import { i18n, type Language, useTranslation } from '@yektayar/ui'
import type { ComposerValues } from '../composer-form.ts'

const BELL = 'M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15ZM10 20a2 2 0 0 0 4 0'

/** How the announcement reads in the web app's notification list, in fa (RTL) and en (LTR). */
export function AnnouncementPreview({ values }: { values: ComposerValues }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="preview-title" className="flex flex-col gap-3">
      <div>
        <h3 id="preview-title" className="font-bold text-ink">
          {t('notifications.composer.previewTitle')}
        </h3>
        <p className="text-sm text-ink-muted">{t('notifications.composer.previewHint')}</p>
      </div>
      <PreviewCard language="fa" title={values.titleFa} body={values.bodyFa} />
      <PreviewCard language="en" title={values.titleEn} body={values.bodyEn} />
    </section>
  )
}

interface PreviewCardProps {
  language: Language
  title: string
  body: string
}

function PreviewCard({ language, title, body }: PreviewCardProps) {
  // Each card speaks its own language whatever the panel is in, as its reader would see it.
  const t = i18n.getFixedT(language, 'app', 'notifications.composer')
  const empty = !title.trim() && !body.trim()
  return (
    <article
      lang={language}
      dir={language === 'fa' ? 'rtl' : 'ltr'}
      data-testid={`preview-${language}`}
      className="flex gap-3 rounded-2xl border border-line bg-surface p-4 shadow-sm"
    >
      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5 fill-none stroke-current">
          <path d={BELL} strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <div className={`flex min-w-0 flex-1 flex-col gap-1 ${empty ? 'opacity-60' : ''}`}>
        <div className="flex items-baseline justify-between gap-2">
          <p className="font-bold break-words text-ink">{title.trim() || t('previewEmptyTitle')}</p>
          <span className="shrink-0 text-xs text-ink-muted">{t('previewNow')}</span>
        </div>
        <p className="whitespace-pre-line break-words text-sm leading-relaxed text-ink-muted">
          {body.trim() || t('previewEmptyBody')}
        </p>
      </div>
    </article>
  )
}
