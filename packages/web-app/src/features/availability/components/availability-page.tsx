import { DEFAULT_TIME_ZONE, dayKeyOf, isTimeZone } from '@yektayar/ui'
import { useMyProfile } from '../../../shared/api/my-profile.ts'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { addAvailabilityMessages } from '../availability-messages.ts'
import { OverridesSection } from './overrides-section.tsx'
import { PreviewSection } from './preview-section.tsx'
import { ScheduleForm } from './schedule-form.tsx'

/** /availability: a psychologist's weekly hours, booking rules, special dates and a preview. */
export function AvailabilityPage() {
  // Before any child asks for them: the page's strings are not in the first-screen bundle.
  addAvailabilityMessages()
  const profile = useMyProfile()
  const zone = profile.data?.policy.timeZone
  // Special dates and the preview are days in the psychologist's own zone.
  const today = dayKeyOf(Date.now(), zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE)

  return (
    <Page messages="availability" width="max-w-6xl">
      <QueryStates query={profile}>
        {(data) => (
          <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <ScheduleForm profile={data} />
            <div className="flex flex-col gap-6">
              <OverridesSection overrides={data.overrides} today={today} />
              <PreviewSection profile={data} today={today} />
            </div>
          </div>
        )}
      </QueryStates>
    </Page>
  )
}
