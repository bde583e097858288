import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRACE_MINUTES, graceDeadline, hasPriority, isLate, isNoShowDue, orderWaiting, type QueueEntry } from "@/lib/queue/order";

const at = (hhmm: string) => new Date(`2026-12-14T${hhmm}:00+07:00`);
let n = 0;
const walkIn = (checkIn: string): QueueEntry & { label: string } => ({
  label: `walk-in ${checkIn}`,
  source: "WALK_IN",
  queueNumber: ++n,
  checkedInAt: at(checkIn),
  slotStart: null,
});
const booked = (checkIn: string, slot: string): QueueEntry & { label: string } => ({
  label: `booked ${slot} (in ${checkIn})`,
  source: "BOOKING",
  queueNumber: ++n,
  checkedInAt: at(checkIn),
  slotStart: at(slot),
});

describe("grace rules", () => {
  it("is on time up to and including slot start + 15 minutes", () => {
    expect(GRACE_MINUTES).toBe(15);
    expect(graceDeadline(at("09:00"))).toEqual(at("09:15"));
    expect(isLate(at("09:00"), at("08:40"))).toBe(false);
    expect(isLate(at("09:00"), at("09:15"))).toBe(false);
    expect(isLate(at("09:00"), new Date(at("09:15").getTime() + 1000))).toBe(true);
  });

  it("makes a booking never checked in a no-show only after the grace period", () => {
    expect(isNoShowDue(at("09:00"), at("09:10"))).toBe(false);
    expect(isNoShowDue(at("09:00"), at("09:15"))).toBe(false);
    expect(isNoShowDue(at("09:00"), at("09:16"))).toBe(true);
  });
});

describe("waiting order", () => {
  it("honours a booked visitor at their time, before earlier walk-ins", () => {
    const w1 = walkIn("08:50");
    const w2 = walkIn("08:55");
    const b = booked("08:58", "09:00");
    expect(orderWaiting([w1, w2, b], at("08:59")).map((e) => e.label)).toEqual([w1.label, w2.label, b.label]);
    expect(orderWaiting([w1, w2, b], at("09:00")).map((e) => e.label)).toEqual([b.label, w1.label, w2.label]);
  });

  it("serves booked visitors whose slot has started earliest slot first", () => {
    const b930 = booked("09:01", "09:30");
    const b900 = booked("09:05", "09:00");
    const b830 = booked("08:40", "08:30");
    expect(orderWaiting([b930, b900, b830], at("09:40")).map((e) => e.label)).toEqual([b830.label, b900.label, b930.label]);
  });

  it("takes the priority away from a late arrival (first come first served with the walk-ins)", () => {
    const w = walkIn("09:10");
    const late = booked("09:20", "09:00");
    expect(hasPriority(late, at("09:30"))).toBe(false);
    expect(orderWaiting([late, w], at("09:30")).map((e) => e.label)).toEqual([w.label, late.label]);
  });

  it("serves visitors transferred from another gerai (no slot) first come first served", () => {
    const t: QueueEntry = { source: "BOOKING", queueNumber: 40, checkedInAt: at("09:00"), slotStart: null };
    const w = walkIn("09:05");
    expect(orderWaiting([w, t], at("10:00"))).toEqual([t, w]);
  });
});

const MIN = 60_000;
const BASE = at("08:00").getTime();
const entryArb: fc.Arbitrary<QueueEntry> = fc
  .record({
    booking: fc.boolean(),
    checkIn: fc.integer({ min: 0, max: 480 }),
    slot: fc.option(fc.integer({ min: 0, max: 480 }), { nil: null }),
  })
  .map(({ booking, checkIn, slot }) => ({
    source: booking ? "BOOKING" : "WALK_IN",
    queueNumber: 0,
    checkedInAt: new Date(BASE + checkIn * MIN),
    slotStart: booking && slot !== null ? new Date(BASE + slot * MIN) : null,
  }));
const listArb = fc.array(entryArb, { maxLength: 40 }).map((list) => list.map((e, i) => ({ ...e, queueNumber: i + 1 })));
const nowArb = fc.integer({ min: 0, max: 600 }).map((m) => new Date(BASE + m * MIN));

describe("waiting order (properties)", () => {
  it("is a permutation of its input", () => {
    fc.assert(
      fc.property(listArb, nowArb, (list, now) => {
        const out = orderWaiting(list, now);
        expect(out.map((e) => e.queueNumber).sort((a, b) => a - b)).toEqual(list.map((e) => e.queueNumber).sort((a, b) => a - b));
      }),
    );
  });

  it("puts every priority visitor before every other one", () => {
    fc.assert(
      fc.property(listArb, nowArb, (list, now) => {
        const flags = orderWaiting(list, now).map((e) => hasPriority(e, now));
        const firstOther = flags.indexOf(false);
        if (firstOther >= 0) expect(flags.slice(firstOther).every((f) => !f)).toBe(true);
      }),
    );
  });

  it("orders priority visitors by slot and the others by check-in", () => {
    fc.assert(
      fc.property(listArb, nowArb, (list, now) => {
        const out = orderWaiting(list, now);
        const prio = out.filter((e) => hasPriority(e, now));
        const rest = out.filter((e) => !hasPriority(e, now));
        for (let i = 1; i < prio.length; i++) expect(prio[i]!.slotStart!.getTime()).toBeGreaterThanOrEqual(prio[i - 1]!.slotStart!.getTime());
        for (let i = 1; i < rest.length; i++) expect(rest[i]!.checkedInAt.getTime()).toBeGreaterThanOrEqual(rest[i - 1]!.checkedInAt.getTime());
      }),
    );
  });

  it("does not depend on the order rows come from the database", () => {
    fc.assert(
      fc.property(listArb, nowArb, fc.infiniteStream(fc.nat()), (list, now, rnd) => {
        const shuffled = [...list].sort(() => (rnd.next().value % 3) - 1);
        expect(orderWaiting(shuffled, now).map((e) => e.queueNumber)).toEqual(orderWaiting(list, now).map((e) => e.queueNumber));
      }),
    );
  });

  it("never lets a walk-in overtake an earlier walk-in", () => {
    fc.assert(
      fc.property(listArb, nowArb, (list, now) => {
        const walkIns = orderWaiting(list, now).filter((e) => e.source === "WALK_IN");
        for (let i = 1; i < walkIns.length; i++) expect(walkIns[i]!.checkedInAt >= walkIns[i - 1]!.checkedInAt).toBe(true);
      }),
    );
  });
});
