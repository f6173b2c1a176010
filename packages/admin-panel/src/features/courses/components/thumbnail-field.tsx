import { useTranslation } from '@yektayar/ui'
import { MediaField } from './media-field.tsx'

export interface ThumbnailFieldProps {
  /** The picture the course has now, unless the author removed it. */
  currentUrl: string | null
  error: string | null
  /** A new picture's id, or null to remove it. */
  onChange: (fileId: string | null) => void
  onBusy: (busy: boolean) => void
}

const picture = (src: string, alt: string) => (
  <img src={src} alt={alt} className="aspect-video w-full max-w-xs rounded-xl object-cover" />
)

/** The course's picture, uploaded as course media and put on the course when it is saved. */
export function ThumbnailField({ currentUrl, error, onChange, onBusy }: ThumbnailFieldProps) {
  const { t } = useTranslation()
  const alt = t('courses.course.thumbnailAlt')
  return (
    <MediaField
      label={t('courses.course.thumbnail')}
      hint={t('courses.course.thumbnailHint')}
      accept="image/jpeg,image/png,image/webp"
      current={currentUrl ? picture(currentUrl, alt) : null}
      removable
      preview={(uploaded) => picture(uploaded.url, alt)}
      error={error}
      onChange={(uploaded) => onChange(uploaded?.id ?? null)}
      onBusy={onBusy}
    />
  )
}
