// Reading the moment an editor typed for scheduled publishing. Times are in UTC, as everywhere
// in the staff area (core/web/format.ts), so two editors in different places mean the same
// moment by the same text.
import { z } from 'zod';

const momentPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** "2030-05-01 09:30" (or with a T, as a datetime-local field sends it) as a moment in UTC;
 * undefined when it is not a real date and time (the 31st of April, 25:00...). */
export function parseUtcMoment(text: string): Date | undefined {
  const parts = momentPattern.exec(text.trim());
  if (!parts) return undefined;
  const [, year, month, day, hour, minute] = parts.map(Number) as number[];
  const moment = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0, hour ?? 0, minute ?? 0));
  // Date.UTC rolls an impossible date over into the next month; a real one survives the trip.
  const same =
    moment.getUTCFullYear() === year &&
    moment.getUTCMonth() === (month ?? 0) - 1 &&
    moment.getUTCDate() === day &&
    moment.getUTCHours() === hour &&
    moment.getUTCMinutes() === minute;
  return same ? moment : undefined;
}

/** The text a schedule field shows for a moment: the same form parseUtcMoment reads. */
export function formatUtcMoment(moment: Date): string {
  return moment.toISOString().slice(0, 16).replace('T', ' ');
}

/** The schedule form: a moment in the future. `now` is passed in so tests need no clock. */
export function scheduleForm(now: () => Date = () => new Date()) {
  return z.object({
    publishAt: z
      .string()
      .trim()
      .min(1, 'form.required')
      .transform((text, context) => {
        const moment = parseUtcMoment(text);
        if (!moment) {
          context.addIssue({ code: 'custom', message: 'edit.momentFormat' });
          return z.NEVER;
        }
        if (moment.getTime() <= now().getTime()) {
          context.addIssue({ code: 'custom', message: 'edit.momentPast' });
          return z.NEVER;
        }
        return moment;
      }),
  });
}
