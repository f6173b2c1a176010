// The zod-free entry, @yektayar/shared/types: every contract's type (inferred from its schema,
// erased at build time), the vocabularies and the pure helpers. Front ends import from here so
// zod reaches only the chunks that validate with the schemas (@yektayar/shared).
// types-entry.test.ts checks that nothing here imports zod.

export type { Dashboard, DashboardFigure, DashboardQuery } from './contracts/admin-dashboard.ts'
export * from './contracts/admin-dashboard-constants.ts'
export type {
  AdminAppointmentDetail,
  AdminAppointmentExportQuery,
  AdminAppointmentPage,
  AdminAppointmentQuery,
  AdminCancelAppointmentBody,
  AdminPayment,
  AdminPaymentDetail,
  AdminPaymentExportQuery,
  AdminPaymentPage,
  AdminPaymentQuery,
  Reconciliation,
} from './contracts/admin-money.ts'
export * from './contracts/admin-money-constants.ts'
export * from './contracts/appointment-constants.ts'
export type {
  AppointmentListQuery,
  AppointmentNote,
  AppointmentNoteList,
  AppointmentPage,
  AppointmentPolicy,
  AppointmentView,
  AppointmentViewer,
  BookAppointmentBody,
  CancelAppointmentBody,
  CreateNoteAddendumBody,
  CreateNoteBody,
  NoteAddendum,
  PatientSession,
  PatientSummary,
  UpdateAppointmentBody,
} from './contracts/appointments.ts'
export * from './contracts/assessment-constants.ts'
export type {
  AnswerOption,
  AssessmentAssignment,
  AssessmentBrief,
  AssessmentDetail,
  AssessmentDraft,
  AssessmentFigures,
  AssessmentItem,
  AssessmentList,
  AssessmentListItem,
  AssessmentRecommendation,
  AssessmentResult,
  AssessmentResultSummary,
  AssignmentList,
  Band,
  Citation,
  CreateAssignmentBody,
  ItemAnswer,
  PendingAssignment,
  ResultListQuery,
  ResultPage,
  ResultSharingBody,
  SaveDraftBody,
  ScaleScore,
  SharedResult,
  SharedResultPage,
  SubmitAssessmentBody,
  SubmitAssessmentResponse,
  TrendList,
  TrendPoint,
  TrendSeries,
} from './contracts/assessments.ts'
export type {
  AuditExportQuery,
  AuditFacets,
  AuditLog,
  AuditPage,
  AuditQuery,
} from './contracts/audit.ts'
export type {
  ChangePasswordBody,
  Device,
  DeviceList,
  OtpPurpose,
  RecoveryCodesResponse,
  RevokedCount,
  SendOtpBody,
  SendOtpResponse,
  SessionInfo,
  SignInResponse,
  TotpProofBody,
  TotpSetupResponse,
} from './contracts/auth.ts'
export * from './contracts/clinician-constants.ts'
export type {
  ClinicianDetail,
  ClinicianListQuery,
  ClinicianPage,
  ClinicianQueueItem,
  ClinicianReview,
  UpdateClinicianListingBody,
} from './contracts/clinicians.ts'
export type { SignedLink } from './contracts/common.ts'
export type {
  CompanionConversation,
  CompanionConversationPage,
  CompanionFigures,
  CompanionMessage,
  CompanionMessagePage,
  CompanionStreamEvent,
  CompanionStreamEventName,
  CompanionUsage,
} from './contracts/companion.ts'
export * from './contracts/companion-constants.ts'
export type {
  ConfigEntry,
  ConfigList,
  ConfigValueShape,
  SetConfigBody,
} from './contracts/config.ts'
export * from './contracts/config-constants.ts'
export type {
  CourseFigures,
  CourseWeekFigures,
  CreateCourseBody,
  CreateLessonBody,
  LessonOrderBody,
  UpdateCourseBody,
  UpdateLessonBody,
} from './contracts/course-authoring.ts'
export type {
  CourseRecommendation,
  CourseRecommendationPage,
  CreateCourseRecommendationBody,
  SharedEnrollment,
  SharedEnrollmentList,
  SharedExerciseAnswer,
  SharedExerciseAnswerPage,
} from './contracts/course-care.ts'
export * from './contracts/course-constants.ts'
export type {
  CourseBrief,
  CourseDetail,
  CourseListQuery,
  CoursePage,
  CourseSummary,
  Enrollment,
  EnrollmentBrief,
  EnrollmentSharingBody,
  Lesson,
  LessonProgress,
  MediaRef,
  MyEnrollment,
  MyEnrollmentListQuery,
  MyEnrollmentPage,
  NextLesson,
  PersonRef,
  ProgressUpdateBody,
  ProgressUpdateResponse,
  ResumePoint,
} from './contracts/courses.ts'
export type { DepartmentInbox, DepartmentInboxList } from './contracts/department-inboxes.ts'
export type {
  DocumentFile,
  DocumentFilePage,
  DocumentListQuery,
  LinkDocumentBody,
} from './contracts/documents.ts'
export type {
  CreateExerciseAnswerBody,
  ExerciseAnswer,
  ExerciseAnswerContent,
  ExerciseAnswerPage,
  ExerciseAnswerSharingBody,
  ExerciseDefinition,
  SavedExerciseAnswer,
} from './contracts/exercises.ts'
export * from './contracts/file-constants.ts'
export type {
  AttachFileBody,
  FileLink,
  FileList,
  UploadedFile,
  UseImageBody,
} from './contracts/files.ts'
export * from './contracts/holiday-constants.ts'
export type {
  Holiday,
  HolidayCalendar,
  HolidayImportResult,
  HolidayImportRow,
  HolidayInput,
  HolidayList,
  HolidayYears,
  ImportHolidaysBody,
  UpdateHolidayBody,
} from './contracts/holidays.ts'
export type {
  Ack,
  AckError,
  CreateThreadBody,
  CreateThreadResponse,
  Department,
  DepartmentList,
  InboxQuery,
  MessageAttachment,
  MessageListQuery,
  MessagePage,
  MessageSendPayload,
  MessagingClientEvents,
  MessagingPerson,
  MessagingServerEvents,
  PresenceEvent,
  ReadState,
  SendMessageBody,
  SendMessageResult,
  ThreadDetails,
  ThreadJoinResult,
  ThreadListQuery,
  ThreadMessage,
  ThreadPage,
  ThreadReadEvent,
  ThreadRefPayload,
  ThreadSummary,
  ThreadUpdatedEvent,
  TypingIndicator,
  UpdateThreadBody,
} from './contracts/messaging.ts'
export * from './contracts/messaging-constants.ts'
export * from './contracts/notification-constants.ts'
export type {
  Announcement,
  AnnouncementPage,
  AppointmentReminderEvent,
  CreateAnnouncementBody,
  Delivery,
  DeliveryListQuery,
  DeliveryPage,
  NotificationListQuery,
  NotificationNewEvent,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesPatch,
  NotificationServerEvents,
  NotificationView,
  PushConfig,
  PushSubscriptionBody,
  QuietHours,
  SystemAnnouncementEvent,
  UnreadCount,
} from './contracts/notifications.ts'
export * from './contracts/password-rules.ts'
export type {
  InitiatePaymentBody,
  InitiatePaymentResponse,
  PaymentHistoryPage,
  PaymentReceipt,
  PaymentReceiptDetail,
  PaymentReturn,
  ReceiptAppointment,
} from './contracts/payments.ts'
export type { PersonAppointmentSummary, PersonPaymentSummary } from './contracts/people.ts'
export * from './contracts/professional-constants.ts'
export type {
  AvailabilityOverride,
  AvailabilityQuery,
  AvailabilityResponse,
  AvailabilityRuleInput,
  CreateOverrideBody,
  MyProfessionalProfile,
  ProfessionalDetail,
  ProfessionalListQuery,
  ProfessionalPage,
  ProfessionalSummary,
  ReplaceAvailabilityBody,
  ReplaceSessionTypesBody,
  SessionType,
  UpdateProfessionalProfileBody,
  VerificationBody,
} from './contracts/professionals.ts'
export type {
  Group,
  GroupMember,
  Permission,
  PermissionSources,
  UserAccess,
} from './contracts/rbac.ts'
export type {
  OnCallCandidates,
  OnCallRota,
  SafeNowResponse,
  SafetyAlert,
  SafetyAlertDetail,
  SafetyAlertPage,
  SafetyPlan,
  SafetyPlanSections,
  SafetyTrigger,
  TalkNowResponse,
} from './contracts/safety.ts'
export * from './contracts/safety-constants.ts'
export type {
  ActivationBody,
  UpdateMeBody,
  User,
  UserPage,
} from './contracts/users.ts'
export * from './error-codes.ts'
export * from './identifiers.ts'
export * from './jalali.ts'
export * from './markdown-safety.ts'
export * from './permissions.ts'
