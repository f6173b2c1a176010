// Clinician verification's vocabulary without zod, so the admin panel can import the values.

/**
 * Where a psychologist stands with verification: never reviewed, sent back with a reason
 * (`rejected`), changed since it was sent back (`resubmitted`), or verified.
 */
export const REVIEW_STATES = ['new', 'rejected', 'resubmitted', 'verified'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const CLINICIAN_FILTERS = ['awaiting', 'verified', 'all'] as const
export type ClinicianFilter = (typeof CLINICIAN_FILTERS)[number]
