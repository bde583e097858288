import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookingIcs, escapeIcsText, foldIcsLine, icsUtc } from "@/lib/bookings/ics";
import { wibInstant } from "@/lib/time";

const BOOKING = {
  code: "K7M4-PX9Q",
  serviceName: "Penerbitan SKCK baru",
  counterLabel: "Gerai 7 (Polres Pekalongan Kota), Lantai 1",
  address: "Jl. Jaksa Agung R. Soeprapto, Podosugih; Pekalongan Barat, Kota Pekalongan",
  start: wibInstant("2026-12-01", 8 * 60 + 30),
  end: wibInstant("2026-12-01", 9 * 60),
  requirements: ["Fotokopi KTP-el", "Fotokopi Kartu Keluarga", "Pas foto 4x6, latar merah (4 lembar)", "Bukti kepesertaan JKN aktif"],
  url: "https://mpp.pekalongankota.go.id/booking/K7M4-PX9Q",
  stamp: new Date("2026-11-20T03:04:05.678Z"),
};

/** Unfolds (RFC 5545 3.1) and splits into [name, value] pairs. */
function parse(ics: string): [string, string][] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "")
    .map((l) => {
      const i = l.indexOf(":");
      return [l.slice(0, i), l.slice(i + 1)];
    });
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function prop(ics: string, name: string, n = 0): string {
  const found = parse(ics).filter(([k]) => k === name);
  const v = found[n];
  if (!v) throw new Error(`no ${name}`);
  return v[1];
}

describe("bookingIcs", () => {
  const ics = bookingIcs(BOOKING);

  it("uses CRLF line endings only and ends with CRLF", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every line within 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true); // the description is folded
  });

  it("has one calendar with one event and one alarm, properly nested", () => {
    const names = parse(ics).filter(([k]) => k === "BEGIN" || k === "END").map(([k, v]) => `${k}:${v}`);
    expect(names).toEqual(["BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]);
    expect(prop(ics, "VERSION")).toBe("2.0");
    expect(prop(ics, "PRODID")).toMatch(/^-\/\/.+\/\/.+\/\/ID$/);
  });

  it("identifies the event by the booking code and gives UTC times", () => {
    expect(prop(ics, "UID")).toBe("K7M4-PX9Q@mpp-portal");
    expect(prop(ics, "DTSTART")).toBe("20261201T013000Z"); // 08.30 WIB
    expect(prop(ics, "DTEND")).toBe("20261201T020000Z");
    expect(prop(ics, "DTSTAMP")).toBe("20261120T030405Z");
    expect(ics).not.toContain("TZID");
  });

  it("writes the summary, location and description in Indonesian, with WIB times", () => {
    expect(unescape(prop(ics, "SUMMARY"))).toBe("Jadwal layanan MPP: Penerbitan SKCK baru (K7M4-PX9Q)");
    expect(unescape(prop(ics, "LOCATION"))).toBe(`${BOOKING.counterLabel}, ${BOOKING.address}`);
    const description = unescape(prop(ics, "DESCRIPTION"));
    expect(description).toContain("Kode booking: K7M4-PX9Q");
    expect(description).toContain("Waktu: Selasa, 1 Desember 2026 pukul 08.30–09.00 WIB");
    expect(description).toContain("Persyaratan yang dibawa:\n- Fotokopi KTP-el\n- Fotokopi Kartu Keluarga\n- Pas foto 4x6, latar merah (4 lembar)");
    expect(description).toContain(BOOKING.url);
    expect(prop(ics, "URL")).toBe(BOOKING.url);
  });

  it("escapes commas, semicolons, backslashes and line breaks", () => {
    const location = prop(ics, "LOCATION");
    expect(location).toContain("Gerai 7 (Polres Pekalongan Kota)\\, Lantai 1");
    expect(location).toContain("Podosugih\\; Pekalongan Barat");
    const raw = prop(ics, "DESCRIPTION");
    expect(raw).toContain("\\n- Fotokopi KTP-el\\n");
    expect(raw).toContain("4x6\\, latar merah");
    const odd = bookingIcs({ ...BOOKING, serviceName: "A\\B; C, D\r\nE" });
    expect(prop(odd, "SUMMARY")).toBe("Jadwal layanan MPP: A\\\\B\\; C\\, D\\nE (K7M4-PX9Q)");
  });

  it("reminds one day before", () => {
    expect(prop(ics, "TRIGGER")).toBe("-P1D");
    expect(prop(ics, "ACTION")).toBe("DISPLAY");
    expect(unescape(prop(ics, "DESCRIPTION", 1))).toContain("Besok: Penerbitan SKCK baru di MPP, Selasa, 1 Desember 2026 pukul 08.30–09.00 WIB");
  });

  it("leaves out the requirements section when there are none", () => {
    expect(unescape(prop(bookingIcs({ ...BOOKING, requirements: [] }), "DESCRIPTION"))).not.toContain("Persyaratan");
  });

  it("cannot be broken by a URL with line breaks", () => {
    const evil = bookingIcs({ ...BOOKING, url: "https://example.org/\r\nATTENDEE:mailto:x@example.org" });
    expect(parse(evil).some(([k]) => k === "ATTENDEE")).toBe(false);
  });

  it("refuses an end before the start", () => {
    expect(() => bookingIcs({ ...BOOKING, end: BOOKING.start })).toThrow(RangeError);
  });
});

describe("icsUtc", () => {
  it("formats instants as UTC basic format", () => {
    expect(icsUtc(new Date("2026-01-02T03:04:05.999Z"))).toBe("20260102T030405Z");
  });
});

describe("foldIcsLine", () => {
  it("folds a long line at 75 octets with a leading space on continuation lines", () => {
    const line = `DESCRIPTION:${"a".repeat(200)}`;
    const lines = foldIcsLine(line).split("\r\n");
    expect(lines[0]).toHaveLength(75);
    expect(lines[1]).toMatch(/^ a{74}$/);
    expect(lines.join("\r\n").replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves a short line alone", () => {
    expect(foldIcsLine("VERSION:2.0")).toBe("VERSION:2.0");
    expect(foldIcsLine("X".repeat(75))).toBe("X".repeat(75));
  });

  it("never splits a multi-byte character and never exceeds 75 octets (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `SUMMARY:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        const parts = folded.split("\r\n");
        for (const [i, p] of parts.entries()) {
          expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
          if (i > 0) expect(p.startsWith(" ")).toBe(true);
          expect(Buffer.from(p, "utf8").toString("utf8")).toBe(p); // whole characters only
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair at a fold
        }
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
});

describe("escapeIcsText", () => {
  it("round-trips through unescaping for text without control characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }).map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")), (text) => {
        const escaped = escapeIcsText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });
});
