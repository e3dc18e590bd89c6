import { getFormatter } from "next-intl/server"
import { lastDays, verticalBars } from "@/lib/lots/chart"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import type { ScansByDay } from "@/lib/lots/types"
import { fromVnDateInput } from "@/lib/lots/vn-time"
import styles from "./lots.module.css"

const DAYS = 14
const WIDTH = 280
const HEIGHT = 80

/**
 * Scans per day over the last two weeks as a small inline SVG bar chart, with the same
 * figures in a table for screen readers.
 */
export async function ScansDayChart({ byDay }: { byDay: ScansByDay[] | null | undefined }) {
  const [t, format] = await Promise.all([getLotsTranslations("lots.scans"), getFormatter()])
  const days = lastDays(byDay, DAYS, new Date())
  const total = days.reduce((sum, day) => sum + day.count, 0)
  const chart = verticalBars(
    days.map((day) => ({ label: day.day, value: day.count })),
    { width: WIDTH, height: HEIGHT, gap: 4 }
  )
  const dayName = (day: string) => {
    const date = fromVnDateInput(day)
    return date ? format.dateTime(date, { day: "numeric", month: "numeric" }) : day
  }

  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartCaption}>{t("perDay")}</figcaption>
      <div className={styles.chartBox}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          width="100%"
          height={HEIGHT}
          role="img"
          aria-label={t("chartLabel", { count: total })}
          className={styles.chartSvg}
        >
          <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className={styles.chartAxis} />
          {chart.bars.map((bar) => (
            <rect key={bar.label} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="1.5" className={styles.chartBar}>
              <title>{t("dayCount", { date: dayName(bar.label), count: bar.value })}</title>
            </rect>
          ))}
        </svg>
        <span className={styles.chartMax} aria-hidden="true">
          {format.number(chart.max)}
        </span>
      </div>
      <div className={styles.chartAxisLabels} aria-hidden="true">
        <span>{dayName(days[0]!.day)}</span>
        <span>{dayName(days[days.length - 1]!.day)}</span>
      </div>
      <table className="visually-hidden">
        <caption>{t("perDay")}</caption>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{dayName(day.day)}</th>
              <td>{format.number(day.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
