import type { safetyQueueMessagesFa } from './safety-queue-messages-fa.ts'

export const safetyQueueMessagesEn: typeof safetyQueueMessagesFa = {
  pageTitle: 'Safety queue — YektaYar',
  title: 'Safety queue',
  lead: 'Patients’ safety alerts, newest first and live. Acknowledge each alert, reach the patient, and resolve it with a note.',
  filter: 'Status',
  empty: 'No alerts with this status.',
  more: 'More alerts',
  live: 'Safety alert: {{name}}',
  detail: {
    pageTitle: 'Safety alert — YektaYar',
    back: 'Back to the safety queue',
    triggers: 'What the patient wrote, newest first',
    noText: 'No text with this one.',
    thread: 'Priority conversation with the patient',
    acknowledge: 'Acknowledge',
    acknowledgedBy: 'Acknowledged by {{name}}',
    resolve: 'Resolve the alert',
    note: 'Resolution note',
    noteHint: 'What you did and how the patient was; it stays on the alert’s record.',
    noteMissing: 'Write a note.',
    resolvedBy: 'Resolved by {{name}}',
  },
}
