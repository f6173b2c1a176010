import type { courseCareMessagesFa } from './course-care-messages-fa.ts'

export const courseCareMessagesEn: typeof courseCareMessagesFa = {
  title: 'The patient’s courses',
  lead: 'Recommend a course to practise between sessions, and see the progress and answers the patient shares with you.',
  notYet:
    'Once you have had a confirmed session with this patient, you can recommend courses and see what they share.',
  recommend: {
    title: 'Recommend a course',
    course: 'Course',
    choose: 'Choose a course',
    note: 'A note for the patient (optional)',
    send: 'Recommend to the patient',
    sent: 'Recommended: the patient sees it on their dashboard.',
    noCourses: 'No course is published yet.',
  },
  progress: {
    title: 'Progress in courses',
    empty: 'The patient shares no course progress with you.',
    label: 'Progress {{percent}}',
    done: 'Completed',
    lastActivity: 'Last active:',
  },
  answers: {
    title: 'Exercise answers',
    empty: 'The patient shares no answers with you.',
    more: 'More answers',
    where: '{{lesson}} — {{course}}',
    removed: 'A lesson no longer in the course',
    breathing: 'Breathing rounds: {{n}}',
    calm: 'Calm: from {{before}} to {{after}} (of 10)',
    mood: 'Mood: {{level}} ({{mood}} of 5)',
    moodLevels: { 1: 'Very low', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Very good' },
    factors: 'Factors: {{list}}',
    note: 'Note: {{text}}',
    situation: 'Situation',
    thought: 'Automatic thought',
    emotion: 'Emotion and strength',
    emotionValue: '{{emotion}}: {{before}} → after re-rating {{after}}',
    evidenceFor: 'Evidence for',
    evidenceAgainst: 'Evidence against',
    balanced: 'Balanced thought',
  },
}
