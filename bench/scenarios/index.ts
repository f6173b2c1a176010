import type { Scenario } from '../scenario.ts'
import {
  adminDashboard,
  adminDashboardUncached,
  adminPaymentsExport,
  adminPeopleSearch,
} from './admin-panel.ts'
import { socketFanoutViaApache, threadListViaApache } from './apache-deployment.ts'
import { assessmentSubmit } from './assessment-submit.ts'
import { attachmentCeiling, attachmentDownload } from './attachment-download.ts'
import { authSession } from './auth-session.ts'
import { avatarUpload } from './avatar-upload.ts'
import { careAvailability, careAvailabilityUncached } from './care-availability.ts'
import { careBooking } from './care-booking.ts'
import {
  companionChunkGap,
  companionFirstToken,
  companionRelayChunkGap,
  companionRelayFirstToken,
} from './companion-stream.ts'
import { courseList, courseListUncached } from './course-list.ts'
import { courseProgress } from './course-progress.ts'
import { healthz } from './healthz.ts'
import { messageSend } from './message-send.ts'
import { notificationFanout } from './notification-fanout.ts'
import { notificationList, notificationListUncached } from './notification-list.ts'
import { passwordLogin } from './password-login.ts'
import { rawHello } from './raw-hello.ts'
import { reminderBurst } from './reminder-burst.ts'
import { messageSendByPatient, safetyAlertLatency } from './safety-alert.ts'
import { safetyDetection } from './safety-detection.ts'
import { socketFanout, socketFanoutCrossInstance } from './socket-fanout.ts'
import { threadList, threadListUncached } from './thread-list.ts'

/**
 * Run in this order, grouped by server in order of first appearance: each server starts once,
 * serves its scenarios, and stops before the next one starts.
 */
export const scenarios: Scenario[] = [
  rawHello,
  safetyDetection,
  healthz,
  authSession,
  passwordLogin,
  careAvailability,
  careAvailabilityUncached,
  careBooking,
  threadList,
  threadListUncached,
  messageSend,
  messageSendByPatient,
  safetyAlertLatency,
  socketFanout,
  socketFanoutCrossInstance,
  threadListViaApache,
  socketFanoutViaApache,
  notificationList,
  notificationFanout,
  reminderBurst,
  notificationListUncached,
  avatarUpload,
  attachmentDownload,
  attachmentCeiling,
  courseList,
  courseProgress,
  assessmentSubmit,
  courseListUncached,
  companionFirstToken,
  companionChunkGap,
  companionRelayFirstToken,
  companionRelayChunkGap,
  adminPeopleSearch,
  adminDashboard,
  adminPaymentsExport,
  adminDashboardUncached,
]
