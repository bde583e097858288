// An iCalendar (RFC 5545) file for a booking, to add the visit to a phone calendar.
// Times are written in UTC ("...Z"), so no VTIMEZONE is needed and every calendar app shows the
// right local time; the description repeats the time in WIB, as on the booking page.
import { dayWib, formatClock, minuteOfDayWib, weekdayOf } from "@/lib/time";

export type BookingIcsInput = {
  code: string;
  serviceName: string;
  counterLabel: string;
  address: string;
  start: Date;
  end: Date;
  requirements: string[];
  url: string;
  /** DTSTAMP (when the file was made); defaults to now. */
  stamp?: Date;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MONTHS = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
];

/** "20261201T013000Z". */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""); // other control characters are not allowed
}

/** A URI value is not escaped, but must not break the line. */
function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space,
 * which counts towards their 75 octets. Never splits a UTF-8 character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** "Selasa, 1 Desember 2026". */
function indonesianDate(date: Date): string {
  const day = dayWib(date);
  const [y, m, d] = day.split("-").map(Number);
  return `${DAYS[weekdayOf(day) - 1] ?? ""}, ${d} ${MONTHS[(m ?? 1) - 1] ?? ""} ${y}`;
}

/** The .ics text of a booking (CRLF line endings, folded, ends with CRLF). */
export function bookingIcs(input: BookingIcsInput): string {
  const { code, serviceName, counterLabel, address, start, end, requirements, url } = input;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) {
    throw new RangeError("The booking must end after it starts");
  }
  const stamp = input.stamp ?? new Date();
  const time = `${formatClock(minuteOfDayWib(start))}–${formatClock(minuteOfDayWib(end))} WIB`;
  const when = `${indonesianDate(start)} pukul ${time}`;

  const description = [
    `Kode booking: ${code}`,
    `Layanan: ${serviceName}`,
    `Gerai: ${counterLabel}`,
    `Waktu: ${when}`,
    `Alamat: ${address}`,
    ...(requirements.length > 0 ? ["", "Persyaratan yang dibawa:", ...requirements.map((r) => `- ${r}`)] : []),
    "",
    "Tunjukkan kode booking ini di gerai.",
    `Detail dan pembatalan: ${url}`,
  ].join("\n");

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mpp-portal//Booking//ID",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(code)}@mpp-portal`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeIcsText(`Jadwal layanan MPP: ${serviceName} (${code})`)}`,
    `LOCATION:${escapeIcsText(`${counterLabel}, ${address}`)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `URL:${cleanUri(url)}`,
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-P1D",
    `DESCRIPTION:${escapeIcsText(`Besok: ${serviceName} di MPP, ${when}. Kode booking ${code}.`)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
