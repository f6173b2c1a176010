import { Button } from '@yektayar/ui'
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react'
import { cropToBlob } from './crop-canvas.ts'
import {
  type CropState,
  dragBy,
  initialCrop,
  MAX_ZOOM,
  MIN_ZOOM,
  scaleOf,
  zoomTo,
} from './crop-math.ts'
import { usePhotoTranslation } from './photo-messages.ts'

/** The preview's side in CSS pixels; the output's resolution comes from the picture. */
export const VIEWPORT = 256
const KEY_STEP = 12
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [KEY_STEP, 0],
  ArrowRight: [-KEY_STEP, 0],
  ArrowUp: [0, KEY_STEP],
  ArrowDown: [0, -KEY_STEP],
}

export interface PhotoCropperProps {
  image: HTMLImageElement
  maxSide: number
  onCancel: () => void
  onCrop: (picture: Blob) => void
}

/** A square preview to drag (pointer or arrow keys) and zoom (slider) before uploading. */
export function PhotoCropper({ image, maxSide, onCancel, onCrop }: PhotoCropperProps) {
  const { t: tp } = usePhotoTranslation()
  const size = { width: image.naturalWidth, height: image.naturalHeight }
  const [crop, setCrop] = useState<CropState>(() => initialCrop(size, VIEWPORT))
  const last = useRef<{ x: number; y: number } | null>(null)
  const scale = scaleOf(size, VIEWPORT, crop.zoom)

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    last.current = { x: event.clientX, y: event.clientY }
  }
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const from = last.current
    if (!from) return
    last.current = { x: event.clientX, y: event.clientY }
    const delta = { x: event.clientX - from.x, y: event.clientY - from.y }
    setCrop((current) => dragBy(size, VIEWPORT, current, delta))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = KEY_MOVES[event.key]
    if (!move) return
    event.preventDefault()
    setCrop((current) => dragBy(size, VIEWPORT, current, { x: move[0], y: move[1] }))
  }

  return (
    <div className="flex flex-col items-center gap-4">
      {/* Positions are physical (left/top), so the preview keeps one direction in both languages. */}
      <button
        type="button"
        dir="ltr"
        aria-label={tp('cropArea')}
        data-testid="photo-crop"
        className="relative cursor-grab touch-none overflow-hidden rounded-full bg-surface-muted outline-offset-4 active:cursor-grabbing"
        style={{ width: VIEWPORT, height: VIEWPORT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (last.current = null)}
        onPointerCancel={() => (last.current = null)}
        onKeyDown={onKeyDown}
      >
        <img
          src={image.src}
          alt=""
          draggable={false}
          className="pointer-events-none absolute top-0 left-0 max-w-none select-none"
          style={{
            width: size.width * scale,
            height: size.height * scale,
            transform: `translate(${crop.offset.x}px, ${crop.offset.y}px)`,
          }}
        />
      </button>
      <label className="flex w-full max-w-xs flex-col gap-1 text-sm text-ink-muted">
        {tp('zoom')}
        <input
          type="range"
          min={MIN_ZOOM}
          max={MAX_ZOOM}
          step={0.01}
          value={crop.zoom}
          onChange={(event) =>
            setCrop((current) => zoomTo(size, VIEWPORT, current, Number(event.target.value)))
          }
          className="accent-primary"
        />
      </label>
      <p className="text-center text-sm text-ink-muted">{tp('cropHint')}</p>
      <div className="flex gap-3">
        <Button
          type="button"
          onClick={() => void cropToBlob(image, VIEWPORT, crop, maxSide).then(onCrop)}
        >
          {tp('save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {tp('cancel')}
        </Button>
      </div>
    </div>
  )
}
