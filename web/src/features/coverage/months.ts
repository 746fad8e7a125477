/** Calendar months as 'YYYY-MM' strings, and today in Jakarta (the programme's calendar). */

const JAKARTA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Jakarta, 'YYYY-MM-DD'. */
export function jakartaToday(now: Date = new Date()): string {
  return JAKARTA_DATE.format(now);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** '2026-11' + 2 → '2027-01'. */
export function addMonths(month: string, count: number): string {
  const [year, value] = month.split('-').map(Number);
  const index = (year ?? 0) * 12 + (value ?? 1) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Contributions for a month are due on the 15th (or the next working day): its run follows. */
const DUE_DAY = 15;

/**
 * The latest month whose monthly run is due: this month once its due date has passed, else the last.
 * An approximation of the server's calendar (it moves the due date past holidays), used only to
 * suggest a month; the server fixes the run's date itself.
 */
export function dueRunMonth(today: string = jakartaToday()): string {
  const day = Number(today.slice(8, 10));
  return day > DUE_DAY + 1 ? monthOf(today) : addMonths(monthOf(today), -1);
}
