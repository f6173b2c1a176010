import { findUnsafeMarkdown, type MarkdownIssue } from '@yektayar/shared/types'
import { TextAreaField, useTranslation } from '@yektayar/ui'
import { SafeMarkdown } from '@yektayar/ui/markdown'
import { useDeferredValue, useId, useMemo } from 'react'

export interface MarkdownFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
}

/** The problems the server would refuse the text for, found as the author types. */
export function useMarkdownIssues(markdown: string): MarkdownIssue[] {
  return useMemo(() => findUnsafeMarkdown(markdown), [markdown])
}

/**
 * Markdown beside its live preview, rendered as the web app renders it (SafeMarkdown), with
 * the safety problems (raw HTML, unsafe links, outside pictures) listed before any save.
 */
export function MarkdownField({ label, value, onChange, error }: MarkdownFieldProps) {
  const { t } = useTranslation()
  const previewId = useId()
  // Typing stays quick on a long article: the preview and the check follow a moment later.
  const shown = useDeferredValue(value)
  const issues = useMarkdownIssues(shown)
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-3">
        <TextAreaField
          label={label}
          hint={t('courses.lesson.markdownHint')}
          lang="fa"
          dir="rtl"
          rows={16}
          value={value}
          error={error}
          onChange={(event) => onChange(event.target.value)}
        />
        {/* Beside what is being typed, so a phone shows them without scrolling past the preview. */}
        {issues.length > 0 && (
          <div role="alert" className="rounded-xl bg-danger-soft p-3 text-danger">
            <p className="font-semibold">{t('courses.markdown.title')}</p>
            <ul className="mt-1 list-disc ps-5 text-sm">
              {issues.map((issue) => (
                <li key={`${issue.kind} ${issue.excerpt}`}>
                  {t(`courses.markdown.${issue.kind}`)}{' '}
                  <code dir="ltr" className="rounded bg-surface px-1 font-mono text-xs text-ink">
                    {issue.excerpt}
                  </code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <section aria-labelledby={previewId} className="flex min-w-0 flex-col gap-1.5">
        <h3 id={previewId} className="text-sm font-medium text-ink">
          {t('courses.lesson.preview')}
        </h3>
        <p className="text-sm text-ink-muted">{t('courses.lesson.previewHint')}</p>
        <div
          data-testid="markdown-preview"
          className="max-h-[32rem] min-h-40 overflow-y-auto rounded-xl border border-line bg-canvas px-4 py-3"
        >
          {shown.trim() === '' ? (
            <p className="text-ink-muted">{t('courses.lesson.previewEmpty')}</p>
          ) : (
            <SafeMarkdown>{shown}</SafeMarkdown>
          )}
        </div>
      </section>
    </div>
  )
}
