import {
  type ClinicianDetail,
  SPECIALTIES,
  type UpdateClinicianListingBody,
} from '@yektayar/shared/types'
import { Button, ErrorState, SwitchField, TextAreaField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useUpdateListing } from '../api/update-listing.ts'

interface ListingDialogProps {
  open: boolean
  clinician: ClinicianDetail
  onClose: () => void
  onSaved: () => void
}

/** A verifier's edit of what the directory shows; only what changed is sent. */
export function ListingDialog({ open, clinician, onClose, onSaved }: ListingDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={open} title={t('clinicians.listing.title')} onClose={onClose} wide>
      <ListingForm clinician={clinician} onCancel={onClose} onSaved={onSaved} />
    </ModalDialog>
  )
}

function ListingForm({
  clinician,
  onCancel,
  onSaved,
}: {
  clinician: ClinicianDetail
  onCancel: () => void
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation()
  const save = useUpdateListing(clinician.id)
  const [bioFa, setBioFa] = useState(clinician.bioFa)
  const [bioEn, setBioEn] = useState(clinician.bioEn)
  const [specialties, setSpecialties] = useState<string[]>(clinician.specialties)
  const [isListed, setListed] = useState(clinician.isListed)
  const [active, setActive] = useState(
    () => new Map(clinician.sessionTypes.map((type) => [type.id, type.isActive])),
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = changesOf(clinician, { bioFa, bioEn, specialties, isListed, active })
    if (Object.keys(body).length === 0) return onSaved()
    save.mutate(body, { onSuccess: onSaved })
  }
  const toggle = (key: string, on: boolean) =>
    setSpecialties((current) =>
      on
        ? SPECIALTIES.filter((item) => item === key || current.includes(item))
        : current.filter((item) => item !== key),
    )
  return (
    <form className="flex flex-col gap-4" onSubmit={submit}>
      <p className="text-sm text-ink-muted">{t('clinicians.listing.lead')}</p>
      <SwitchField
        label={t('clinicians.listing.listed')}
        hint={t('clinicians.listing.listedHint')}
        checked={isListed}
        onChange={setListed}
      />
      <TextAreaField
        label={t('clinicians.review.bioFa')}
        dir="rtl"
        lang="fa"
        rows={4}
        maxLength={4000}
        value={bioFa}
        onChange={(event) => setBioFa(event.target.value)}
      />
      <TextAreaField
        label={t('clinicians.review.bioEn')}
        dir="ltr"
        lang="en"
        rows={4}
        maxLength={4000}
        value={bioEn}
        onChange={(event) => setBioEn(event.target.value)}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-ink">
          {t('clinicians.review.specialties')}
        </legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {SPECIALTIES.map((key) => (
            <label key={key} className="flex items-center gap-2 text-sm text-ink">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={specialties.includes(key)}
                onChange={(event) => toggle(key, event.target.checked)}
              />
              {t(`clinicians.specialties.${key}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {clinician.sessionTypes.length > 0 && (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-medium text-ink">
            {t('clinicians.review.sessionTypesTitle')}
          </legend>
          {clinician.sessionTypes.map((type) => (
            <SwitchField
              key={type.id}
              label={t('clinicians.listing.typeActive', {
                name: i18n.language === 'fa' ? type.nameFa : type.nameEn,
              })}
              checked={active.get(type.id) ?? false}
              onChange={(on) => setActive((current) => new Map(current).set(type.id, on))}
            />
          ))}
        </fieldset>
      )}
      {save.isError && <ErrorState error={save.error} />}
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('clinicians.actions.cancel')}
        </Button>
        <Button type="submit" needsConnection loading={save.isPending}>
          {t('clinicians.listing.save')}
        </Button>
      </div>
    </form>
  )
}

interface ListingDraft {
  bioFa: string
  bioEn: string
  specialties: string[]
  isListed: boolean
  active: Map<string, boolean>
}

/** Only the fields that differ from the profile, so the audit row says what was edited. */
function changesOf(clinician: ClinicianDetail, draft: ListingDraft): UpdateClinicianListingBody {
  const body: UpdateClinicianListingBody = {}
  if (draft.bioFa.trim() !== clinician.bioFa) body.bioFa = draft.bioFa.trim()
  if (draft.bioEn.trim() !== clinician.bioEn) body.bioEn = draft.bioEn.trim()
  if (draft.isListed !== clinician.isListed) body.isListed = draft.isListed
  if (draft.specialties.join() !== clinician.specialties.join()) {
    body.specialties = draft.specialties as UpdateClinicianListingBody['specialties']
  }
  const types = clinician.sessionTypes
    .filter((type) => draft.active.get(type.id) !== type.isActive)
    .map((type) => ({ id: type.id, isActive: draft.active.get(type.id) ?? false }))
  if (types.length > 0) body.sessionTypes = types
  return body
}
