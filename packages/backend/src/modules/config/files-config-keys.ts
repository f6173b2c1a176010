import { z } from 'zod'
import { definitionOf } from './config-key-definition.ts'

const MIB = 1024 * 1024

/** Uploads (issue 16). */
export const filesConfigKeys = {
  'files.quotaMbPerPurpose': definitionOf({
    group: 'files',
    schema: z.number().int().min(1).max(100_000),
    fallback: { from: 'env', read: (config) => config.files.quotaBytesPerPurpose / MIB },
    description: {
      fa: 'حجمی که هر نفر برای هر نوع پرونده (تصویر نمایه، پیوست پیام، مدرک…) می‌تواند نگه دارد، به مگابایت؛ بارگذاری بیش از آن پذیرفته نمی‌شود. پرونده‌هایی که پیش‌تر مانده‌اند پاک نمی‌شوند.',
      en: 'How much one person may keep per kind of file (avatar, message attachment, document…), in megabytes; an upload past it is refused. Files already kept stay.',
    },
    sensitive: false,
  }),
}
