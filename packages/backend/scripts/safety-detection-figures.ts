// Prints the local risk detector's figures on its test set, for release notes: the whole set,
// then the holdout alone (written before the rules were generalised; its baseline is in
// test-set/holdout.ts):
//   npx tsx packages/backend/scripts/safety-detection-figures.ts
import {
  measureTestSet,
  type TestSetFigures,
} from '../src/modules/safety/detection/test-set/measure-test-set.ts'

const percent = (share: number) => `${(share * 100).toFixed(1)}%`

function report(title: string, figures: TestSetFigures): string[] {
  const { counts } = figures
  const parts = Object.entries(counts.byLanguage).map(([name, n]) => `${name} ${n}`)
  return [
    `${title}`,
    `phrases: ${counts.total} (crisis ${counts.crisis}, concern ${counts.concern}, benign ${counts.none})`,
    `by part: ${parts.join(', ')}`,
    `crisis recall: ${percent(figures.crisisRecall)}`,
    `benign false-alarm rate: ${percent(figures.falseAlarmRate)}`,
    `concern accuracy (exactly concern): ${percent(figures.concernAccuracy)}`,
    `concern recall (concern or crisis): ${percent(figures.concernRecall)}`,
    ...figures.misses.map(
      (miss) => `miss: expected ${miss.expected}, got ${miss.got}: ${miss.text}`,
    ),
    '',
  ]
}

process.stdout.write(
  [
    ...report('whole test set', measureTestSet()),
    ...report('holdout alone', measureTestSet(['holdout'])),
  ].join('\n'),
)
