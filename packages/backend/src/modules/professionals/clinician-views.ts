import type { ClinicianReview } from '@yektayar/shared'
import type { ProfileRow } from './professional.repository.ts'

const iso = (value: Date | null) => (value ? value.toISOString() : null)

/**
 * Where the profile stands: verified; sent back and untouched since (`rejected`); sent back
 * and changed by the psychologist since (`resubmitted`); or never reviewed (`new`).
 */
export function reviewOf(profile: ProfileRow): ClinicianReview {
  const reviewedAt = profile.reviewedAt
  let state: ClinicianReview['state'] = 'new'
  if (profile.isVerified) state = 'verified'
  else if (profile.rejectionReason !== null) {
    const changedSince = reviewedAt !== null && profile.updatedAt > reviewedAt
    state = changedSince ? 'resubmitted' : 'rejected'
  }
  return {
    state,
    rejectionReason: profile.isVerified ? null : profile.rejectionReason,
    reviewedAt: iso(reviewedAt),
  }
}

/** What the audit row keeps of a listing: the fields a verifier may change. */
export function auditedListing(profile: ProfileRow) {
  return {
    isVerified: profile.isVerified,
    rejectionReason: profile.rejectionReason,
    isListed: profile.isListed,
    bioFa: profile.bioFa,
    bioEn: profile.bioEn,
    specialties: profile.specialties,
    approaches: profile.approaches,
  }
}
