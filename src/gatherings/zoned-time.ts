// Times of a gathering are stored in UTC and read and typed in the gathering's own time zone
// (an arrival at "14:00" means 14:00 where the gathering is, whoever fills in the form).
// Intl knows every IANA zone's offsets, so no time zone library is needed.

const localShape = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall-clock parts of a moment in a zone, as UTC milliseconds of the same wall clock. */
function wallClock(moment: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** "2025-06-01T14:00" (a datetime-local input) in `timeZone` to the moment it names, or
 * undefined when it is not such a value. In a gap (clocks jumping forward) the later offset wins. */
export function zonedInputToDate(value: string, timeZone: string): Date | undefined {
  const match = localShape.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wanted = Date.UTC(year as number, (month as number) - 1, day, hour, minute);
  const check = new Date(wanted);
  if (check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day) return undefined;
  // The offset at the first guess, then again at the corrected moment (they differ near a change).
  let moment = wanted - (wallClock(new Date(wanted), timeZone) - wanted);
  moment = wanted - (wallClock(new Date(moment), timeZone) - moment);
  return new Date(moment);
}

/** A moment as a datetime-local value in `timeZone`, to fill a form back in. */
export function dateToZonedInput(moment: Date, timeZone: string): string {
  return new Date(wallClock(moment, timeZone)).toISOString().slice(0, 16);
}

/** A moment for reading, in the gathering's zone, with the zone's name so nobody guesses. */
export function formatInZone(moment: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(moment);
}
