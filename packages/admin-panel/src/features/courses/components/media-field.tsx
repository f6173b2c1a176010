import type { UploadedFile } from '@yektayar/shared/types'
import {
  Button,
  cx,
  formatNumber,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type ReactNode, useEffect, useId } from 'react'
import { useMediaUpload } from '../use-media-upload.ts'

export interface MediaFieldProps {
  label: string
  hint: string
  /** The file input's `accept`; the server decides by the bytes anyway. */
  accept: string
  /** What the lesson or course has now (a player, a picture), before anything new is chosen. */
  current: ReactNode
  /** A new upload is ready (its file), or the author removed the file (null). */
  onChange: (uploaded: UploadedFile | null, file: File | null) => void
  /** Whether "remove" is offered: for optional files that are there. */
  removable?: boolean
  /** Shows what was uploaded (a player, a picture). */
  preview?: (uploaded: UploadedFile) => ReactNode
  error?: string | null
  /** Told while an upload is under way, so the form can wait for it. */
  onBusy?: (busy: boolean) => void
}

/**
 * A course media file (video, captions, picture) uploaded as soon as it is picked, with its
 * progress, a cancel button, and a retry after a failure that says why in the reader's words.
 */
export function MediaField(props: MediaFieldProps) {
  const { label, hint, accept, current, onChange, removable, preview, error, onBusy } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const { state, start, cancel, retry } = useMediaUpload()
  const id = useId()
  const uploading = state.status === 'uploading'

  // biome-ignore lint/correctness/useExhaustiveDependencies: told when it changes, not when the parent re-renders.
  useEffect(() => onBusy?.(uploading), [uploading])
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly finished upload is news.
  useEffect(() => {
    if (state.status === 'ready') onChange(state.uploaded, state.file)
  }, [state])

  const percent =
    state.status === 'uploading' ? Math.round((100 * state.sent) / (state.file.size || 1)) : 0
  return (
    <fieldset className="flex flex-col gap-2 rounded-xl border border-line p-4">
      <legend id={`${id}-legend`} className="px-1 text-sm font-medium text-ink">
        {label}
      </legend>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {hint}
      </p>
      {state.status === 'ready' ? (
        <div className="flex flex-col gap-2">
          <p role="status" className="text-sm font-medium text-success">
            {t('courses.media.ready', { name: state.file.name })}
          </p>
          {preview?.(state.uploaded)}
        </div>
      ) : (
        !uploading &&
        (current ?? <p className="text-sm text-ink-muted">{t('courses.media.none')}</p>)
      )}
      {state.status === 'uploading' && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-ink" aria-live="polite">
            {t('courses.media.uploading', {
              name: state.file.name,
              percent: formatNumber(percent, language),
            })}
          </p>
          <progress
            max={100}
            value={percent}
            aria-label={t('courses.media.progressLabel', { name: state.file.name })}
            className="h-2 w-full overflow-hidden rounded-full accent-primary"
          />
          <Button variant="secondary" className="min-h-9 self-start px-3" onClick={cancel}>
            {t('courses.media.cancel')}
          </Button>
        </div>
      )}
      {state.status === 'failed' && (
        <div className="flex flex-col items-start gap-2">
          <p role="alert" className="text-sm font-medium text-danger">
            {describe(state.error)}
          </p>
          <Button variant="secondary" className="min-h-9 px-3" needsConnection onClick={retry}>
            {t('courses.media.retry')}
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      {!uploading && (
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={id}
            type="file"
            accept={accept}
            aria-labelledby={`${id}-legend ${id}-action`}
            aria-describedby={`${id}-hint`}
            className="peer sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) start(file)
            }}
          />
          <label
            id={`${id}-action`}
            htmlFor={id}
            className={cx(
              'inline-flex min-h-11 cursor-pointer items-center rounded-xl border border-line-strong px-4 text-sm font-semibold text-ink hover:bg-surface-muted',
              'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
            )}
          >
            {current || state.status === 'ready'
              ? t('courses.media.replace')
              : t('courses.media.choose')}
          </label>
          {removable && (current || state.status === 'ready') && (
            <Button
              variant="ghost"
              className="min-h-11 px-3 text-danger"
              onClick={() => {
                cancel()
                onChange(null, null)
              }}
            >
              {t('courses.media.remove')}
            </Button>
          )}
        </div>
      )}
    </fieldset>
  )
}
