import type { SafeNowAnswer, SafetyDecision } from '@yektayar/shared/types'
import { SAFE_NOW_ANSWERS } from '@yektayar/shared/types'
import { Button, buttonClasses, CrossIcon, cx, useTranslation } from '@yektayar/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { CrisisLines } from './crisis-lines.tsx'
import { useSafeNow, useTalkNow } from './safety-api.ts'
import { addSafetyMessages } from './safety-messages.ts'

const REPLY_KEY: Record<SafeNowAnswer, string> = {
  yes: 'safety.safeNow.replyYes',
  no: 'safety.safeNow.replyNo',
  unsure: 'safety.safeNow.replyUnsure',
}

export interface SafetyCardProps {
  /** The crisis decision that opened it; null when the person opened "help now" themselves. */
  decision: SafetyDecision | null
  onClose: () => void
}

/**
 * The crisis card (DESIGN §11): the emergency numbers, "are you safe right now?", the safety
 * plan and a person now. A modal <dialog>: focus stays inside and the page behind is inert; a
 * tap beside it does nothing, only its close button (or Escape) closes it. What the person
 * wrote stays sent and in place behind it.
 */
export function SafetyCard({ decision, onClose }: SafetyCardProps) {
  addSafetyMessages()
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const leadId = useId()
  const [answer, setAnswer] = useState<SafeNowAnswer | null>(null)
  const urgent = answer === 'no' || answer === 'unsure'

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement as HTMLElement | null
    if (!element.open) element.showModal()
    return () => {
      element.close()
      opener?.focus()
    }
  }, [])

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={leadId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[calc(100%-1.5rem)] max-w-lg overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="flex flex-col gap-5 p-5 sm:p-6">
        <header className="flex items-start justify-between gap-3">
          {/* Focus starts on the words, not on "close" or a number a stray Enter would act on. */}
          <h2
            id={titleId}
            tabIndex={-1}
            // biome-ignore lint/a11y/noAutofocus: a modal dialog's first focus, chosen on purpose.
            autoFocus
            className="text-xl font-extrabold text-ink outline-none sm:text-2xl"
          >
            {t('safety.card.title')}
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-full px-3 text-sm font-semibold text-ink-muted hover:bg-surface-muted hover:text-ink"
          >
            <CrossIcon className="size-4" />
            {t('safety.card.close')}
          </button>
        </header>
        <div id={leadId} className="flex flex-col gap-2">
          <p className="leading-relaxed">
            {t(decision ? 'safety.card.crisisLead' : 'safety.card.helpLead')}
          </p>
          {decision && <p className="text-sm text-ink-muted">{t('safety.card.wordsKept')}</p>}
        </div>
        <section aria-labelledby={`${titleId}-lines`} className="flex flex-col gap-2">
          <h3 id={`${titleId}-lines`} className="font-bold">
            {t('shell.crisisLines.title')}
          </h3>
          <CrisisLines />
        </section>
        {decision && <SafeNowQuestion answer={answer} onAnswer={setAnswer} />}
        <Actions urgent={urgent || !decision} onClose={onClose} />
      </div>
    </dialog>
  )
}

function SafeNowQuestion(props: {
  answer: SafeNowAnswer | null
  onAnswer: (answer: SafeNowAnswer) => void
}) {
  const { answer, onAnswer } = props
  const { t } = useTranslation()
  const safeNow = useSafeNow()
  const choose = (choice: SafeNowAnswer) => {
    onAnswer(choice)
    safeNow.mutate(choice)
  }
  return (
    <fieldset className="flex flex-col gap-3 rounded-xl bg-primary-soft p-4">
      <legend className="float-start mb-1 text-lg font-bold text-ink">
        {t('safety.safeNow.question')}
      </legend>
      <div className="clear-both flex flex-wrap gap-2">
        {SAFE_NOW_ANSWERS.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={answer === choice}
            onClick={() => choose(choice)}
            className={cx(
              'min-h-11 flex-1 rounded-xl border px-4 text-sm font-semibold',
              answer === choice
                ? 'border-primary bg-primary text-on-primary'
                : 'border-line-strong bg-surface text-ink hover:bg-surface-muted',
            )}
          >
            {t(`safety.safeNow.${choice}`)}
          </button>
        ))}
      </div>
      <div role="status" className="text-sm leading-relaxed text-ink empty:hidden">
        {answer && safeNow.isPending && t('safety.safeNow.saving')}
        {answer && !safeNow.isPending && !safeNow.isError && t(REPLY_KEY[answer])}
      </div>
      {safeNow.isError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {t('safety.safeNow.notSaved')}
        </p>
      )}
    </fieldset>
  )
}

function Actions({ urgent, onClose }: { urgent: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const talkNow = useTalkNow()
  const talk = () =>
    talkNow.mutate(undefined, {
      onSuccess: ({ threadId }) => {
        onClose()
        void navigate(`/messages/${threadId}`)
      },
    })
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <Button
          variant={urgent ? 'primary' : 'secondary'}
          size="lg"
          loading={talkNow.isPending}
          needsConnection
          onClick={talk}
        >
          {t('safety.talkNow.action')}
        </Button>
        <p className="text-center text-xs text-ink-muted">{t('safety.talkNow.hint')}</p>
        {talkNow.isError && (
          <p role="alert" className="text-sm font-semibold text-danger">
            {t('safety.talkNow.failed')}
          </p>
        )}
      </div>
      <Link
        to="/safety-plan"
        onClick={onClose}
        className={buttonClasses({ variant: 'ghost', size: 'lg' })}
      >
        {t('safety.planLink')}
      </Link>
    </div>
  )
}
