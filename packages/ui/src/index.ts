// The apps import react-i18next's hooks from here rather than directly: each workspace has
// its own nested copy (their peer range predates TypeScript 7), and only the copy ui
// initialises knows about our i18n instance.
export { useTranslation } from 'react-i18next'
export { ApiError, type FieldError, isApiError } from './api/api-error.ts'
export { type ApiRequestInit, apiFetch, csrfToken, readApiAnswer } from './api/api-fetch.ts'
export {
  type ApiTransport,
  apiOrigin,
  apiUrl,
  authorizationHeaders,
  configureApiTransport,
  currentBearerToken,
  usesBearerToken,
} from './api/api-transport.ts'
export { type UploadOptions, uploadFile } from './api/api-upload.ts'
export { problemMessage, useProblemMessage } from './api/problem-message.ts'
export { type SignedUrl, useSignedUrl } from './api/signed-url.ts'
export {
  addDays,
  CALENDAR_OF,
  type CalendarMonth,
  type CalendarSystem,
  calendarDate,
  daysOfMonth,
  firstDayOfMonth,
  monthOf,
  WEEK_START_OF,
  type Weekday,
} from './calendar/calendar-math.ts'
export { daysWithSlots, groupSlotsByDay, type SlotDay } from './calendar/group-slots.ts'
export { MonthCalendar, type MonthCalendarProps } from './calendar/month-calendar.tsx'
export { SlotPicker, type SlotPickerProps } from './calendar/slot-picker.tsx'
export { BrandMark } from './components/brand-mark.tsx'
export { Button, type ButtonProps, buttonClasses } from './components/button.tsx'
export { Card } from './components/card.tsx'
export { CrossIcon } from './components/cross-icon.tsx'
export { cx } from './components/cx.ts'
export { EmptyState, type EmptyStateProps } from './components/empty-state.tsx'
export { ErrorState, type ErrorStateProps } from './components/error-state.tsx'
export {
  type FieldControlProps,
  FieldFrame,
  type FieldFrameProps,
} from './components/field-frame.tsx'
export { Icon, type IconProps } from './components/icon.tsx'
export { LoadMore, type LoadMoreProps, type NextPages } from './components/load-more.tsx'
export { LoadingState } from './components/loading-state.tsx'
export { Notice, type NoticeProps } from './components/notice.tsx'
export { SelectField, type SelectFieldProps } from './components/select-field.tsx'
export { Spinner } from './components/spinner.tsx'
export { SwitchField, type SwitchFieldProps } from './components/switch-field.tsx'
export { TextAreaField, type TextAreaFieldProps } from './components/text-area-field.tsx'
export { TextField, type TextFieldProps } from './components/text-field.tsx'
export {
  DATE_LOCALES,
  type DateOptions,
  type DateStyle,
  type DayKey,
  DEFAULT_TIME_ZONE,
  dayKeyOf,
  dayKeyToDate,
  formatDate,
  formatDateTime,
  formatDay,
  formatTime,
  type Instant,
} from './format/date-time.ts'
export { formatNumber, localizeDigits, toLatinDigits } from './format/digits.ts'
export {
  DateTimeText,
  type DateTimeTextProps,
  Money,
  type MoneyProps,
} from './format/formatted.tsx'
export { formatMoney, type Rials, rialsToToman } from './format/money.ts'
export {
  isTimeZone,
  TimeZoneProvider,
  type TimeZoneProviderProps,
  useTimeZone,
} from './format/time-zone.tsx'
export { fieldErrorText, useServerFieldErrors } from './forms/server-field-errors.ts'
export { addAssessmentErrorMessages } from './i18n/assessment-error-messages.ts'
export { addCourseErrorMessages } from './i18n/course-error-messages.ts'
export {
  type AppMessageLoader,
  type AppMessages,
  currentLanguage,
  i18n,
  initI18nLazily,
} from './i18n/init-i18n.ts'
export { initI18n } from './i18n/init-i18n-both.ts'
export {
  DEFAULT_LANGUAGE,
  directionOf,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
} from './i18n/language.ts'
export { LanguageSwitch } from './i18n/language-switch.tsx'
export { useLanguage } from './i18n/use-language.ts'
export { isOnline, useOnline } from './offline/connection.ts'
export {
  clearOfflineCopy,
  keepOfflineCopy,
  type OfflineCopyOptions,
} from './offline/offline-copy.ts'
export { SignOutButton, type SignOutButtonProps } from './session/account-action.tsx'
export { ME_KEY, useMe } from './session/api/me.ts'
export { SESSION_KEY, useSession } from './session/api/session.ts'
export { endSessionOnServer, useSignOut } from './session/api/sign-out.ts'
export { RequireSession, type RequireSessionProps } from './session/require-session.tsx'
export { safeNextPath } from './session/safe-next-path.ts'
export {
  type SessionPaths,
  SessionPathsProvider,
  type SessionPathsProviderProps,
} from './session/session-paths.tsx'
export { AppFrame, type AppFrameProps, type FrameHandle } from './shell/app-frame.tsx'
export { framedRoutes } from './shell/framed-routes.ts'
export { MessagePage, type MessagePageProps } from './shell/message-page.tsx'
export { NotFoundPage } from './shell/not-found-page.tsx'
export { createQueryClient } from './shell/query-client.ts'
export { CodeForm, type CodeFormProps, codeInText, OTP_LENGTH } from './sign-in/code-form.tsx'
export { IdentifierForm, type IdentifierFormProps } from './sign-in/identifier-form.tsx'
export { proofOf, type SecondFactorProof } from './sign-in/second-factor.ts'
export { SignInPage, type SignInPageProps, type SignInTexts } from './sign-in/sign-in-page.tsx'
export { type Countdown, useCountdown } from './sign-in/use-countdown.ts'
export { initTheme, type Theme } from './theme/theme.ts'
export { ThemeSwitch } from './theme/theme-switch.tsx'
