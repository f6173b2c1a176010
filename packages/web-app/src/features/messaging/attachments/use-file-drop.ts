import { type DragEvent, useRef, useState } from 'react'

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')

/**
 * Files dropped anywhere on the conversation. `dragging` while files hover over it; children
 * fire enter and leave as the pointer crosses them, hence the count.
 */
export function useFileDrop(onDrop: (files: File[]) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)
  if (!enabled) return { dragging: false, handlers: {} }
  return {
    dragging,
    handlers: {
      onDragEnter: (event: DragEvent) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth.current++
        setDragging(true)
      },
      onDragOver: (event: DragEvent) => {
        if (carriesFiles(event)) event.preventDefault()
      },
      onDragLeave: (event: DragEvent) => {
        if (!carriesFiles(event)) return
        depth.current = Math.max(depth.current - 1, 0)
        if (depth.current === 0) setDragging(false)
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth.current = 0
        setDragging(false)
        onDrop(Array.from(event.dataTransfer.files))
      },
    },
  }
}
