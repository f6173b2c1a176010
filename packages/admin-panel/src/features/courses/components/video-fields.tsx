import type { Lesson } from '@yektayar/shared/types'
import { formatNumber, TextField, useLanguage, useTranslation } from '@yektayar/ui'
import { useEffect, useState } from 'react'
import { MediaField } from './media-field.tsx'

export interface VideoFieldsProps {
  /** The lesson as saved, for its current video and captions; null for a new lesson. */
  saved: Lesson | null
  seconds: string
  secondsError: string | null
  videoError: string | null
  /** Whether the captions were removed in this form (the saved ones are then not shown). */
  captionsRemoved: boolean
  onVideo: (fileId: string) => void
  onCaptions: (fileId: string | null) => void
  onSeconds: (seconds: string) => void
  onBusy: (busy: boolean) => void
}

/** The length of a picked video, read by the browser from the file itself; null if it cannot. */
function readVideoSeconds(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file)
    const video = document.createElement('video')
    video.preload = 'metadata'
    const done = (seconds: number | null) => {
      URL.revokeObjectURL(url)
      resolve(seconds)
    }
    video.onloadedmetadata = () =>
      done(Number.isFinite(video.duration) ? Math.ceil(video.duration) : null)
    video.onerror = () => done(null)
    video.src = url
  })
}

const clock = (seconds: number, language: 'fa' | 'en') =>
  `${formatNumber(Math.floor(seconds / 60), language)}:${formatNumber(seconds % 60, language, { minimumIntegerDigits: 2 })}`

/** A video lesson's film and captions, uploaded as course media, and its length. */
export function VideoFields(props: VideoFieldsProps) {
  const { saved, seconds, secondsError, videoError, captionsRemoved } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const [read, setRead] = useState<number | null>(null)
  const [videoBusy, setVideoBusy] = useState(false)
  const [captionsBusy, setCaptionsBusy] = useState(false)
  const { onBusy } = props
  useEffect(() => onBusy(videoBusy || captionsBusy), [videoBusy, captionsBusy, onBusy])
  const player = (url: string) => (
    // biome-ignore lint/a11y/useMediaCaption: the author's preview of a file still being edited; its captions are the field below.
    <video src={url} controls preload="metadata" className="w-full max-w-md rounded-xl bg-ink">
      {t('courses.media.videoPreview')}
    </video>
  )
  const captionsLink = (url: string, name: string) => (
    <a href={url} className="text-sm font-medium text-primary underline" dir="auto">
      {name}
    </a>
  )
  return (
    <div className="flex flex-col gap-4">
      <MediaField
        label={t('courses.media.video')}
        hint={t('courses.media.videoHint')}
        accept="video/mp4,video/webm"
        current={saved?.video ? player(saved.video.url) : null}
        preview={(uploaded) => player(uploaded.url)}
        error={videoError}
        onBusy={setVideoBusy}
        onChange={(uploaded, file) => {
          if (!uploaded || !file) return
          props.onVideo(uploaded.id)
          readVideoSeconds(file).then((length) => {
            setRead(length)
            if (length) props.onSeconds(String(length))
          })
        }}
      />
      <TextField
        label={t('courses.lesson.seconds')}
        hint={
          read
            ? t('courses.lesson.secondsRead', { length: clock(read, language) })
            : t('courses.lesson.secondsHint')
        }
        inputMode="numeric"
        value={seconds}
        error={secondsError}
        onChange={(event) => props.onSeconds(event.target.value)}
        className="max-w-xs"
      />
      <MediaField
        label={t('courses.media.captions')}
        hint={t('courses.media.captionsHint')}
        accept=".vtt,text/vtt"
        current={
          saved?.captions && !captionsRemoved
            ? captionsLink(saved.captions.url, t('courses.media.current'))
            : null
        }
        removable
        preview={(uploaded) => captionsLink(uploaded.url, uploaded.displayName)}
        onBusy={setCaptionsBusy}
        onChange={(uploaded) => props.onCaptions(uploaded?.id ?? null)}
      />
    </div>
  )
}
