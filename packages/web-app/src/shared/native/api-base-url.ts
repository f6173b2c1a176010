/**
 * The API's origin from the build (VITE_API_BASE_URL, docs/MOBILE.md): the Android app must name
 * it, since its pages come from the device; the web app is served by the API and leaves it
 * unset (same origin).
 */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL ?? ''
