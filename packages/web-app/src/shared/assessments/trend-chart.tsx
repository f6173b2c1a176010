import type { Band } from '@yektayar/shared/types'
import { formatDate, formatNumber, useLanguage, useTimeZone } from '@yektayar/ui'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { inLanguage } from './bilingual.ts'

export interface TrendPointView {
  completedAt: string
  total: number
  band: string | null
}

export interface TrendChartProps {
  points: TrendPointView[]
  min: number
  max: number
  bands: Band[]
  /** What the chart shows, read by screen readers instead of the drawing. */
  label: string
}

// Bands from the mildest up, as soft tints behind the line: green to red.
const BAND_TINTS = ['#16a34a', '#84cc16', '#eab308', '#f97316', '#dc2626']

/**
 * A screening score over time, on Jalali dates with Persian digits in fa (Gregorian in en),
 * time running the way the page reads. The instrument's bands shade the background so a
 * point's level reads at a glance; the list of results beside it carries the same figures for
 * those who do not see the chart.
 */
export function TrendChart({ points, min, max, bands, label }: TrendChartProps) {
  const language = useLanguage()
  const timeZone = useTimeZone()
  const data = points.map((point) => ({ ...point, at: Date.parse(point.completedAt) }))
  const day = (at: number) => formatDate(at, language, { style: 'dayMonth', timeZone })
  const bandLabel = (key: string | null) => {
    const band = bands.find((b) => b.key === key)
    return band ? inLanguage(band.label, language) : ''
  }
  return (
    <figure role="img" aria-label={label} className="h-64 w-full" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          {bands.map((band, index) => (
            <ReferenceArea
              key={band.key}
              y1={band.min}
              y2={band.max + (index === bands.length - 1 ? 0 : 1)}
              fill={BAND_TINTS[Math.round((index / Math.max(bands.length - 1, 1)) * 4)]}
              fillOpacity={0.08}
              ifOverflow="hidden"
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            padding={{ left: 16, right: 16 }}
            reversed={language === 'fa'}
            tickFormatter={day}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            domain={[min, max]}
            orientation={language === 'fa' ? 'right' : 'left'}
            allowDecimals={false}
            width={32}
            tickFormatter={(value: number) => formatNumber(value, language)}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            labelFormatter={(at) => day(Number(at))}
            formatter={(value, _name, item) => [
              `${formatNumber(Number(value), language)} — ${bandLabel(item.payload?.band ?? null)}`,
              '',
            ]}
            separator=""
          />
          <Line
            type="linear"
            dataKey="total"
            stroke="var(--color-primary, #0f766e)"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}
