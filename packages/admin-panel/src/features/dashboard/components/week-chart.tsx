import type { DashboardFigure } from '@yektayar/shared/types'
import { formatDay, useLanguage } from '@yektayar/ui'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatAxis, formatFigure } from '../figure-format.ts'

const INK_MUTED = 'var(--color-ink-muted)'
const PRIMARY = 'var(--color-primary)'
const TICK = { fill: INK_MUTED, fontSize: 11 }

/**
 * A figure's weeks as small bars (a line for rates), oldest first: on the right in Persian,
 * the axis on the reading side, every label in the reader's digits and calendar. The picture is
 * hidden from screen readers, which get the card's summary and table instead.
 */
export function WeekChart({ figure, title }: { figure: DashboardFigure; title: string }) {
  const language = useLanguage()
  const rtl = language === 'fa'
  const data = figure.weeks.map((week) => ({
    ...week,
    label: formatDay(week.weekStart, language, 'dayMonth'),
  }))
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="var(--color-line)" strokeDasharray="3 3" />
      <XAxis
        dataKey="label"
        reversed={rtl}
        tick={TICK}
        tickLine={false}
        axisLine={{ stroke: 'var(--color-line-strong)' }}
        interval="preserveStartEnd"
        minTickGap={24}
      />
      <YAxis
        orientation={rtl ? 'right' : 'left'}
        tick={TICK}
        tickLine={false}
        axisLine={false}
        width={44}
        allowDecimals={false}
        tickFormatter={(value: number) => formatAxis(value, figure.unit, language)}
      />
      <Tooltip
        cursor={{ fill: 'var(--color-surface-muted)' }}
        formatter={(value) => [formatFigure(Number(value), figure.unit, language), title]}
        contentStyle={{ direction: rtl ? 'rtl' : 'ltr', borderRadius: 12 }}
      />
    </>
  )
  return (
    <div aria-hidden="true" className="h-32 w-full" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        {figure.unit === 'percent' ? (
          <LineChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 4, left: 4, bottom: 0 }}
          >
            {axes}
            <Line
              type="monotone"
              dataKey="value"
              stroke={PRIMARY}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        ) : (
          <BarChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 4, left: 4, bottom: 0 }}
          >
            {axes}
            <Bar dataKey="value" fill={PRIMARY} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  )
}
