/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** The API's origin for a build served elsewhere (the Android app); unset: same origin. */
  readonly VITE_API_BASE_URL?: string
}
