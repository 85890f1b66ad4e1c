/**
 * A calendar date (`format: date`, RFC 3339 `full-date`), as the reference SDK's `RFCDate`:
 * made from a `Date` (its UTC day) or a `YYYY-MM-DD` string, written back as `YYYY-MM-DD` by
 * `toString()` and `toJSON()` (so `JSON.stringify` and template strings give the date).
 */
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class RFCDate {
  private readonly serialized: string;

  /** Today's date in UTC. */
  static today(): RFCDate {
    return new RFCDate(new Date());
  }

  /** Throws a `RangeError` for an invalid `Date` or a string that is not a real `YYYY-MM-DD` day. */
  constructor(date: Date | string) {
    if (typeof date === "string") {
      if (!isFullDate(date)) throw new RangeError(`RFCDate: expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
      this.serialized = date;
      return;
    }
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new RangeError(`RFCDate: invalid date ${String(date)}`);
    }
    const year = date.getUTCFullYear();
    if (year < 0 || year > 9999) throw new RangeError(`RFCDate: year ${year} cannot be written as YYYY`);
    this.serialized = `${String(year).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
  }

  toString(): string {
    return this.serialized;
  }

  toJSON(): string {
    return this.serialized;
  }
}

/** A `YYYY-MM-DD` string naming a day that exists (Date.parse would roll 2023-02-30 over to March). */
function isFullDate(value: string): boolean {
  const match = FULL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
