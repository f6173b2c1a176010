import { ApiError, Button, useTranslation } from '@yektayar/ui'
import { type DragEvent, useEffect, useId, useRef, useState } from 'react'
import { ProblemAlert } from '../problem-alert.tsx'
import { Avatar } from './avatar.tsx'
import { loadImage } from './crop-canvas.ts'
import { PhotoCropper } from './photo-cropper.tsx'
import { usePhotoTranslation } from './photo-messages.ts'
import { MAX_SIDE, type PhotoPurpose, removeAvatar, uploadPhoto } from './upload-photo.ts'

export interface PhotoEditorProps {
  purpose: PhotoPurpose
  /** The photo in use now, if any. */
  url: string | null
  /** Whose photo: the initial shown when there is none, and the alt text. */
  name: string
  /** Told of the new address (null once removed), to refresh what shows it elsewhere. */
  onChanged: (url: string | null) => void
}

const UNREADABLE = 'FILE_UNREADABLE'

type Step =
  | { kind: 'idle' }
  | { kind: 'crop'; image: HTMLImageElement }
  | { kind: 'upload'; progress: number }

/** Choose (or drop) a picture, crop it square, upload it and put it to use; or remove it. */
export function PhotoEditor({ purpose, url, name, onChanged }: PhotoEditorProps) {
  const { t } = useTranslation()
  const { t: tp } = usePhotoTranslation()
  const inputId = useId()
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [error, setError] = useState<unknown>(null)
  const [shown, setShown] = useState(url)
  const [done, setDone] = useState(false)
  const objectUrl = useRef<string | null>(null)
  const dropping = useDropState()

  useEffect(() => setShown(url), [url])
  useEffect(() => () => revoke(objectUrl), [])

  const choose = async (file: File | undefined) => {
    if (!file) return
    setError(null)
    setDone(false)
    revoke(objectUrl)
    objectUrl.current = URL.createObjectURL(file)
    try {
      setStep({ kind: 'crop', image: await loadImage(objectUrl.current) })
    } catch {
      // The browser could not decode it: the same words the server would use.
      setError(
        new ApiError({ type: 'about:blank', title: UNREADABLE, status: 0, code: UNREADABLE }),
      )
    }
  }

  const upload = async (picture: Blob) => {
    setStep({ kind: 'upload', progress: 0 })
    try {
      const next = await uploadPhoto(purpose, picture, (progress) =>
        setStep({ kind: 'upload', progress }),
      )
      setShown(next)
      setDone(true)
      onChanged(next)
    } catch (failure) {
      setError(failure)
    }
    revoke(objectUrl)
    setStep({ kind: 'idle' })
  }

  const remove = async () => {
    setError(null)
    setDone(false)
    try {
      await removeAvatar()
      setShown(null)
      onChanged(null)
    } catch (failure) {
      setError(failure)
    }
  }

  if (step.kind === 'crop') {
    return (
      <PhotoCropper
        image={step.image}
        maxSide={MAX_SIDE[purpose]}
        onCancel={() => setStep({ kind: 'idle' })}
        onCrop={(picture) => void upload(picture)}
      />
    )
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input is the way in for everyone.
    <div
      className={`flex flex-col gap-4 rounded-xl border-2 border-dashed p-4 sm:flex-row sm:items-center ${
        dropping.active ? 'border-primary bg-primary-soft' : 'border-line'
      }`}
      onDragOver={dropping.over}
      onDragLeave={dropping.leave}
      onDrop={(event) => {
        dropping.leave()
        event.preventDefault()
        void choose(event.dataTransfer.files[0])
      }}
    >
      <Avatar
        name={name}
        photoUrl={shown}
        size={96}
        alt={shown ? t('common.photo.alt', { name }) : ''}
        className="text-4xl"
        eager
      />
      <div className="flex flex-1 flex-col gap-2">
        {step.kind === 'upload' ? (
          <UploadProgress fraction={step.progress} />
        ) : (
          <>
            <div className="flex flex-wrap gap-2">
              <label htmlFor={inputId} className="cursor-pointer">
                <span className="inline-flex min-h-11 items-center rounded-xl bg-primary px-5 text-sm font-bold text-on-primary hover:bg-primary-hover">
                  {shown ? tp('change') : tp('choose')}
                </span>
              </label>
              <input
                id={inputId}
                type="file"
                accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
                className="sr-only"
                onChange={(event) => {
                  void choose(event.target.files?.[0])
                  event.target.value = ''
                }}
              />
              {purpose === 'avatar' && shown ? (
                <Button type="button" variant="secondary" onClick={() => void remove()}>
                  {tp('remove')}
                </Button>
              ) : null}
            </div>
            <p className="text-sm text-ink-muted">{tp('dropHint')}</p>
          </>
        )}
        {done ? (
          <p role="status" className="text-sm font-medium text-success">
            {tp('saved')}
          </p>
        ) : null}
        <ProblemAlert error={error} look="line" />
      </div>
    </div>
  )
}

function UploadProgress({ fraction }: { fraction: number }) {
  const { t: tp } = usePhotoTranslation()
  const percent = Math.round(fraction * 100)
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm text-ink-muted">{tp('uploading')}</span>
      <progress
        max={100}
        value={percent}
        aria-label={tp('uploading')}
        className="h-2 w-full accent-primary"
      />
    </div>
  )
}

function useDropState() {
  const [active, setActive] = useState(false)
  return {
    active,
    over: (event: DragEvent) => {
      event.preventDefault()
      setActive(true)
    },
    leave: () => setActive(false),
  }
}

function revoke(ref: { current: string | null }) {
  if (ref.current) URL.revokeObjectURL(ref.current)
  ref.current = null
}
