// Prints the local risk detector's figures on its test set, for release notes:
//   npx tsx packages/backend/scripts/safety-detection-figures.ts
import { measureTestSet } from '../src/modules/safety/detection/test-set/measure-test-set.ts'

const percent = (share: number) => `${(share * 100).toFixed(1)}%`
const figures = measureTestSet()
const { counts } = figures
const languages = Object.entries(counts.byLanguage).map(([name, n]) => `${name} ${n}`)

process.stdout.write(
  [
    `phrases: ${counts.total} (crisis ${counts.crisis}, concern ${counts.concern}, benign ${counts.none})`,
    `by language: ${languages.join(', ')}`,
    `crisis recall: ${percent(figures.crisisRecall)}`,
    `benign false-alarm rate: ${percent(figures.falseAlarmRate)}`,
    `concern accuracy (exactly concern): ${percent(figures.concernAccuracy)}`,
    `concern recall (concern or crisis): ${percent(figures.concernRecall)}`,
    ...figures.misses.map(
      (miss) => `miss: expected ${miss.expected}, got ${miss.got}: ${miss.text}`,
    ),
    '',
  ].join('\n'),
)
