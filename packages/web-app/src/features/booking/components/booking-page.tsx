import type { AppointmentView, ProfessionalDetail } from '@yektayar/shared/types'
import {
  ErrorState,
  Icon,
  LoadingState,
  useLanguage,
  useMe,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { useEffect, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useProfessional } from '../../../shared/api/professional.ts'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { useInitiatePayment } from '../../../shared/payments/initiate-payment.ts'
import { nameIn } from '../../../shared/person-name.ts'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useBookAppointment } from '../api/book-appointment.ts'
import { isSessionTypeGone, isSlotProblem } from '../booking-errors.ts'
import { BookingConfirmed } from './booking-confirmed.tsx'
import { BookingSummary } from './booking-summary.tsx'
import { SessionTypeStep } from './session-type-step.tsx'
import { SlotStep } from './slot-step.tsx'
import { StepIndicator } from './step-indicator.tsx'

const BACK = 'M9 6l6 6-6 6'

export function BookingPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const professional = useProfessional(id)
  // The slots are shown in the person's own zone: wait for it rather than redraw the month.
  const me = useMe()
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>{t('booking.pageTitle')}</title>
      <Link
        to={`/psychologists/${id}`}
        className="flex w-fit items-center gap-1 font-medium text-primary hover:underline"
      >
        <Icon path={BACK} className="size-5 ltr:rotate-180" />
        {t('booking.back')}
      </Link>
      {professional.isPending || me.isPending ? (
        <LoadingState />
      ) : professional.isError ? (
        <ErrorState error={professional.error} onRetry={() => professional.refetch()} />
      ) : (
        <ViewerTimeZone>
          <BookingFlow professional={professional.data} onTypesChanged={professional.refetch} />
        </ViewerTimeZone>
      )}
    </div>
  )
}

interface BookingFlowProps {
  professional: ProfessionalDetail
  onTypesChanged: () => void
}

function BookingFlow({ professional, onTypesChanged }: BookingFlowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const [params, setParams] = useSearchParams()
  const sessionTypes = professional.sessionTypes.filter((type) => type.isActive)
  const sessionType = sessionTypes.find((type) => type.id === params.get('type'))
  const [slot, setSlot] = useState<string | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const [slotNotice, setSlotNotice] = useState<unknown>(null)
  // Set once booked: a payment that failed to start is retried for this same appointment.
  const [appointment, setAppointment] = useState<AppointmentView | null>(null)
  const [leaving, setLeaving] = useState(false)
  const book = useBookAppointment()
  const pay = useInitiatePayment()
  // Back from the gateway, the browser may restore this page as it was: busy. It is not.
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => event.persisted && setLeaving(false)
    window.addEventListener('pageshow', restored)
    return () => window.removeEventListener('pageshow', restored)
  }, [])
  const name = nameIn(professional.name, language)

  const chooseType = (typeId: string | null) => {
    const next = new URLSearchParams(params)
    if (typeId) next.set('type', typeId)
    else next.delete('type')
    setParams(next, { replace: true })
    setSlot(null)
    setReviewing(false)
    setAppointment(null)
  }

  const backToSlots = (problem: unknown) => {
    setAppointment(null)
    setSlot(null)
    setReviewing(false)
    setSlotNotice(problem)
  }

  const startPayment = (booked: AppointmentView) =>
    pay.mutate(booked.id, {
      onSuccess: ({ redirectUrl }) => {
        setLeaving(true)
        redirectToGateway(redirectUrl)
      },
      onError: (error) => {
        if (isSlotProblem(error)) backToSlots(error)
      },
    })

  const confirm = () => {
    if (appointment) return startPayment(appointment)
    if (!sessionType || !slot) return
    pay.reset()
    book.mutate(
      { psychologistId: professional.id, sessionTypeId: sessionType.id, startsAt: slot },
      {
        onSuccess: (booked) => {
          setAppointment(booked)
          if (booked.status === 'pending') startPayment(booked)
        },
        onError: (error) => {
          if (isSlotProblem(error)) backToSlots(error)
          else if (isSessionTypeGone(error)) {
            onTypesChanged()
            chooseType(null)
          }
        },
      },
    )
  }

  if (appointment?.status === 'confirmed' && sessionType) {
    return (
      <>
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('booking.title', { name })}
        </h1>
        <BookingConfirmed
          appointment={appointment}
          sessionType={sessionType}
          psychologistName={name}
        />
      </>
    )
  }

  const step = !sessionType ? 'type' : reviewing && slot ? 'summary' : 'slot'
  return (
    <>
      <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
        {t('booking.title', { name })}
      </h1>
      <StepIndicator current={step} />
      {step === 'type' && (
        <SessionTypeStep
          sessionTypes={sessionTypes}
          selectedId={sessionType?.id ?? null}
          onSelect={chooseType}
        />
      )}
      {step === 'slot' && sessionType && (
        <SlotStep
          psychologistId={professional.id}
          sessionTypeId={sessionType.id}
          value={slot}
          onChange={(next) => {
            setSlot(next)
            setSlotNotice(null)
          }}
          onContinue={() => {
            book.reset()
            pay.reset()
            setReviewing(true)
          }}
          onChangeType={() => chooseType(null)}
          notice={
            slotNotice ? (
              <div role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-danger">
                <p className="font-semibold">{describe(slotNotice)}</p>
                <p className="text-sm">{t('booking.slotTaken')}</p>
              </div>
            ) : null
          }
        />
      )}
      {step === 'summary' && sessionType && slot && (
        <BookingSummary
          psychologistName={name}
          sessionType={sessionType}
          slot={slot}
          onChangeSlot={() => {
            setReviewing(false)
            setAppointment(null)
          }}
          onConfirm={confirm}
          pending={book.isPending || pay.isPending || leaving}
          retryPayment={Boolean(appointment)}
          error={book.error ?? pay.error}
        />
      )}
    </>
  )
}
