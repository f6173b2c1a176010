import type { ReactNode } from 'react'

/** One titled block of the person page. */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <h2 className="text-lg font-bold text-ink">{title}</h2>
      {children}
    </section>
  )
}
