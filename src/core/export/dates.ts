// Export timestamps: always UTC so a report reads the same in every time zone.

function checked(ms: number): Date {
  const d = new Date(ms);
  // toISOString throws a bare RangeError on NaN; say what was wrong instead.
  if (!Number.isFinite(ms) || Number.isNaN(d.getTime()))
    throw new TypeError(`seenAt must be a valid ms epoch, got ${String(ms)}`);
  return d;
}

/** "2023-08-07T09:30:00.000Z" */
export function isoTimestamp(ms: number): string {
  return checked(ms).toISOString();
}

/** "2023-08-07" (UTC day) */
export function isoDay(ms: number): string {
  return checked(ms).toISOString().slice(0, 10);
}
