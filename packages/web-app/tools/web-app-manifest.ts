import type { ManifestOptions } from 'vite-plugin-pwa'

const icon = (src: string, size: number, purpose: 'any' | 'maskable') => ({
  src,
  sizes: `${size}x${size}`,
  type: 'image/png',
  purpose,
})

/** Installed, YektaYar opens in Persian and right to left, like the site itself. */
export const webAppManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'یکتایار',
  short_name: 'یکتایار',
  description:
    'همراه سلامت روان: یافتن روان‌شناس، رزرو و پرداخت جلسه، و گفت‌وگو با روان‌شناس و پشتیبانی.',
  lang: 'fa',
  dir: 'rtl',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  // The brand teal for the title bar; the canvas colour for the splash screen behind the icon.
  theme_color: '#0e6b62',
  background_color: '#f6f8f7',
  categories: ['health', 'medical', 'lifestyle'],
  icons: [
    icon('/icons/icon-192.png', 192, 'any'),
    icon('/icons/icon-512.png', 512, 'any'),
    icon('/icons/maskable-192.png', 192, 'maskable'),
    icon('/icons/maskable-512.png', 512, 'maskable'),
  ],
}
