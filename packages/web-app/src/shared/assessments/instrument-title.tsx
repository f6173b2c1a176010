/**
 * An instrument's title with its Latin abbreviation, e.g. «پرسش‌نامهٔ … (GAD-7)», kept on one
 * line and in its own direction: in RTL the hyphen otherwise breaks it as «(GAD-» / «7)».
 */
export function InstrumentTitle({ title }: { title: string }) {
  return (
    <>
      {title.split(/(\([^)]*\))/).map((part, index) =>
        index % 2 === 1 ? (
          <bdi key={part} className="whitespace-nowrap">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  )
}
