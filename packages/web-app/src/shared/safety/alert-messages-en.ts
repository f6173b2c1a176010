import type { alertMessagesFa } from './alert-messages-fa.ts'

export const alertMessagesEn: typeof alertMessagesFa = {
  reasons: {
    explicit_intent: 'Said they intend to end their life',
    plan_or_means: 'Mentioned a plan or means',
    self_harm: 'Mentioned harming themselves',
    farewell: 'Words like a goodbye',
    passive_wish: 'Wishes they were not alive',
    hopelessness: 'Hopelessness',
    reported_risk: 'Reported someone else at risk',
    phq9_item9: 'PHQ-9 item 9 answered above 0',
    self_report_unsafe: 'Said they are not safe, or not sure',
  },
  status: {
    active: 'Active',
    open: 'Open',
    acknowledged: 'Acknowledged',
    resolved: 'Resolved',
  },
  safeNow: {
    yes: 'Said they are safe',
    no: 'Said they are not safe',
    unsure: 'Not sure they are safe',
    none: 'Has not answered “are you safe?” yet',
  },
  sources: {
    message: 'Message',
    exercise_answer: 'Exercise answer',
    assessment: 'Assessment',
    check_in: 'Check-in',
    talk_now: 'Asked to talk now',
    companion: 'AI companion',
  },
  escalated: 'Escalated, tier {{tier}}',
  triggerCount: '{{formatted}} times',
  justNow: 'just now',
  agenda: {
    title: 'Safety alerts for your patients',
    lead: 'The on-call clinical team has these alerts too. Reach out to your patient.',
    message: 'Message the patient',
  },
}
