import { useEffect, useMemo, useState } from 'react'

export type BreathingPhase = 'inhale' | 'hold' | 'exhale' | 'rest'

export interface BreathingPattern {
  inhaleSeconds: number
  holdSeconds: number
  exhaleSeconds: number
  restSeconds: number
  cycles: number
}

export interface PhaseStep {
  phase: BreathingPhase
  seconds: number
}

/** One cycle's phases in order; a hold or rest of 0 seconds is left out. */
export function phasesOf(pattern: BreathingPattern): PhaseStep[] {
  const steps: PhaseStep[] = [
    { phase: 'inhale', seconds: pattern.inhaleSeconds },
    { phase: 'hold', seconds: pattern.holdSeconds },
    { phase: 'exhale', seconds: pattern.exhaleSeconds },
    { phase: 'rest', seconds: pattern.restSeconds },
  ]
  return steps.filter((step) => step.seconds > 0)
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished'

export interface BreathingTimer {
  status: TimerStatus
  /** 1-based cycle under way (the last one once finished). */
  cycle: number
  step: PhaseStep
  /** Seconds left in the current phase, counting down to 1. */
  remaining: number
  cyclesCompleted: number
  start(): void
  pause(): void
  resume(): void
  stop(): void
}

interface Position {
  cycle: number
  index: number
  remaining: number
  cyclesCompleted: number
  finished: boolean
}

/** The position one second later; past the last phase of the last cycle it is finished. */
export function tick(position: Position, steps: PhaseStep[], cycles: number): Position {
  if (position.finished) return position
  if (position.remaining > 1) return { ...position, remaining: position.remaining - 1 }
  const nextIndex = position.index + 1
  if (nextIndex < steps.length) {
    return { ...position, index: nextIndex, remaining: steps[nextIndex]?.seconds ?? 1 }
  }
  const cyclesCompleted = position.cyclesCompleted + 1
  if (position.cycle >= cycles) return { ...position, cyclesCompleted, finished: true }
  return {
    cycle: position.cycle + 1,
    index: 0,
    remaining: steps[0]?.seconds ?? 1,
    cyclesCompleted,
    finished: false,
  }
}

/** A second-by-second breathing pacer: start, pause, resume, stop early. */
export function useBreathingTimer(pattern: BreathingPattern): BreathingTimer {
  const { inhaleSeconds, holdSeconds, exhaleSeconds, restSeconds, cycles } = pattern
  const steps = useMemo(
    () => phasesOf({ inhaleSeconds, holdSeconds, exhaleSeconds, restSeconds, cycles }),
    [inhaleSeconds, holdSeconds, exhaleSeconds, restSeconds, cycles],
  )
  const first: Position = {
    cycle: 1,
    index: 0,
    remaining: steps[0]?.seconds ?? 1,
    cyclesCompleted: 0,
    finished: false,
  }
  const [running, setRunning] = useState<boolean | null>(null)
  const [position, setPosition] = useState<Position>(first)
  const status: TimerStatus = position.finished
    ? 'finished'
    : running === null
      ? 'idle'
      : running
        ? 'running'
        : 'paused'

  useEffect(() => {
    if (status !== 'running') return
    const timer = setInterval(() => setPosition((now) => tick(now, steps, cycles)), 1000)
    return () => clearInterval(timer)
  }, [status, steps, cycles])

  return {
    status,
    cycle: position.cycle,
    step: steps[position.index] ?? { phase: 'inhale', seconds: 1 },
    remaining: position.remaining,
    cyclesCompleted: position.cyclesCompleted,
    start: () => {
      setPosition(first)
      setRunning(true)
    },
    pause: () => setRunning(false),
    resume: () => setRunning(true),
    stop: () => setPosition((now) => ({ ...now, finished: true })),
  }
}
