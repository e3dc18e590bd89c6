import type { ScansByDay } from "./types"
import { vnDay } from "./vn-time"

/**
 * Scaling for the small bar charts of scans (inline SVG and CSS bars): no chart library,
 * so the numbers are easy to test and the chart is readable without JavaScript.
 */

/** The smallest "round" number (1, 2, 2.5, 5 × 10ⁿ) at or above `value`; at least 1. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude
    if (candidate >= value) return candidate
  }
  return 10 * magnitude
}

export type Bar = { label: string; value: number; x: number; y: number; width: number; height: number }

export type BarChart = { width: number; height: number; max: number; bars: Bar[] }

/**
 * Vertical bars in a `width` × `height` box, scaled to a round maximum. A non-zero value
 * is at least `minBar` tall, so one scan among thousands still shows.
 */
export function verticalBars(
  points: readonly { label: string; value: number }[],
  { width, height, gap = 2, minBar = 2 }: { width: number; height: number; gap?: number; minBar?: number }
): BarChart {
  const max = niceCeiling(Math.max(0, ...points.map((point) => point.value)))
  const slot = points.length > 0 ? width / points.length : width
  const barWidth = Math.max(1, slot - gap)
  const bars = points.map((point, index) => {
    const value = Math.max(0, point.value)
    const scaled = (value / max) * height
    const barHeight = value > 0 ? Math.min(height, Math.max(minBar, scaled)) : 0
    return {
      label: point.label,
      value,
      x: round(index * slot + (slot - barWidth) / 2),
      y: round(height - barHeight),
      width: round(barWidth),
      height: round(barHeight),
    }
  })
  return { width, height, max, bars }
}

/** Each value as a share of the largest, in whole percent (for CSS bar widths); a non-zero value is at least 1 %. */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  if (max === 0) return values.map(() => 0)
  return values.map((value) => (value > 0 ? Math.max(1, Math.round((value / max) * 100)) : 0))
}

/**
 * The last `days` calendar days in Vietnam up to `today`, with their counts (0 when the
 * backend sent none for a day), oldest first.
 */
export function lastDays(byDay: readonly ScansByDay[] | null | undefined, days: number, today: Date): ScansByDay[] {
  const counts = new Map<string, number>()
  for (const entry of byDay ?? []) {
    const day = entry.day.slice(0, 10)
    counts.set(day, (counts.get(day) ?? 0) + Math.max(0, entry.count))
  }
  const result: ScansByDay[] = []
  for (let back = days - 1; back >= 0; back--) {
    const day = vnDay(new Date(today.getTime() - back * 24 * 60 * 60 * 1000))
    result.push({ day, count: counts.get(day) ?? 0 })
  }
  return result
}

const round = (value: number) => Math.round(value * 100) / 100
