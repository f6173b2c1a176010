import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { devServer, distBuild, singleCopyResolve } from '../../vite.shared.ts'
import { initialJsBudget } from './tools/initial-js-budget.ts'
import { precompress } from './tools/precompress.ts'
import { preloadFirstScreen } from './tools/preload-first-screen.ts'
import { routeDocuments } from './tools/route-documents.ts'
import { webAppManifest } from './tools/web-app-manifest.ts'

// Pages whose chunks index.html preloads: most visits land on home, and links from SMS and the
// home page's calls to action land on sign-in or the directory (whose chunk would otherwise be
// found only after the entry has run: one more round trip before its first paint).
// They count against the first screen's JavaScript budget, since every visit downloads them.
const FIRST_SCREEN_PAGES = [
  'src/features/home/components/home-page.tsx',
  'src/features/auth/components/sign-in-page.tsx',
  'src/features/directory/components/directory-page.tsx',
]
const PRELOADED_ROUTES = [
  // The default language's strings are fetched before the first render (app/i18n.ts).
  'src/app/app-messages-fa.ts',
  ...FIRST_SCREEN_PAGES,
]

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      // A new version waits until the person accepts the update prompt (app/pwa/), so a
      // half-filled form or a live session is never reloaded away under them.
      registerType: 'prompt',
      // src/app/pwa/register-service-worker.ts registers it after the first screen has loaded.
      injectRegister: false,
      manifest: webAppManifest,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      workbox: {
        // Icons and the favicon come from includeAssets and the manifest.
        globPatterns: ['**/*.{js,css,html,woff2}'],
        cleanupOutdatedCaches: true,
        // Shows Web Push notifications and opens their link on click (public/push-handler.js).
        importScripts: ['push-handler.js'],
        // Client-side routes open offline from the cached shell; server paths never do.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [
          /^\/api(\/|$)/,
          /^\/socket\.io(\/|$)/,
          /^\/admin(\/|$)/,
          /^\/(healthz|readyz|metrics)$/,
        ],
      },
    }),
    preloadFirstScreen({
      routeModules: PRELOADED_ROUTES,
      // Both subsets are on every first screen, whatever the language: Persian letters, and the
      // Latin punctuation and the "English"/"فارسی" switch. Found only once text is rendered,
      // the Latin one used to arrive last and reflow the page a second time.
      fonts: [/vazirmatn-arabic-wght-normal/, /vazirmatn-latin-wght-normal/],
    }),
    initialJsBudget({ budgetKb: 170, routeModules: PRELOADED_ROUTES }),
    // Courses are opened from links (the catalogue in the nav, a lesson a psychologist sent):
    // their documents preload their own pages, leaving the first screen's budget alone.
    routeDocuments(
      [
        {
          file: 'lesson.html',
          pathPattern: '^/courses/[^/]+/lessons/[^/]+/?$',
          routeModules: ['src/features/courses/components/lesson-page.tsx'],
          earlyScripts: ['course-prefetch.js'],
        },
        {
          file: 'course.html',
          pathPattern: '^/courses/[^/]+/?$',
          routeModules: ['src/features/courses/components/course-page.tsx'],
          earlyScripts: ['course-prefetch.js'],
        },
        {
          file: 'catalogue.html',
          pathPattern: '^/courses/?$',
          routeModules: ['src/features/courses/components/catalogue-page.tsx'],
        },
      ],
      // Route documents preload their own page instead of the first screen's.
      FIRST_SCREEN_PAGES,
    ),
    // Last, after the service worker is written: the backend serves these .br/.gz as they are.
    precompress({ include: /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/, minBytes: 1024 }),
  ],
  resolve: singleCopyResolve,
  server: devServer(5173),
  build: {
    ...distBuild,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically runs before the first paint anyway: one
            // file instead of a dozen, each of which costs a round trip on a phone's network.
            // The entry stays apart: it awaits the first page's chunk, which imports this one,
            // and a chunk that awaits its own importer never finishes loading.
            {
              name: 'app',
              tags: ['$initial'],
              test: (id) => !/(\/src\/main\.tsx|\.html)$/.test(id),
              priority: 2,
            },
            // The shared components the first pages use (forms, cards, digits), likewise; the
            // calendar, the upload client, the Markdown renderer (with its parser), courses'
            // error sentences and the English strings (fetched when someone switches) stay
            // with what uses them.
            {
              name: 'ui',
              test: (id) =>
                /packages[\\/]ui[\\/]src[\\/](?!calendar|markdown|api[\\/]api-upload|i18n[\\/]course-error)/.test(
                  id,
                ) && !/-en\.ts$/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
})
