/** The default settlement period: this month so far, in Vietnam time (UTC+7). */
export function currentMonthPeriod(now: Date = new Date()): { from: string; to: string } {
  const vietnam = new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
  return { from: `${vietnam.slice(0, 8)}01`, to: vietnam }
}
