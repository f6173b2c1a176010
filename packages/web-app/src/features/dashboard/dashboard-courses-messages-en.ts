import type { dashboardCoursesMessagesFa } from './dashboard-courses-messages-fa.ts'

export const dashboardCoursesMessagesEn: typeof dashboardCoursesMessagesFa = {
  continueTitle: 'Continue where you left off',
  next: 'Next lesson: {{lesson}}',
  at: 'From {{time}}',
  continue: 'Continue the lesson',
  finishedTitle: 'You finished “{{course}}”',
  finishedBody: 'Well done! Start a new course whenever you like.',
  none: 'You have not started a course yet. Short skills for sleep, worry and calm are waiting.',
  browse: 'See the courses',
  progress: 'Progress {{percent}}',
  recommendedTitle: 'Recommended by your psychologist',
  recommendedBy: 'From {{name}}',
  recommendedNone: 'Your psychologist has not recommended a course yet.',
}
