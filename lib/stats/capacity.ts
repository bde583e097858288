// Capacity of a gerai per day, from the same slot rules online booking uses
// (lib/bookings/availability.ts): the gerai's opening windows of that weekday cut into whole
// slots of `slotMinutes`, times `capacityPerSlot` (walk-in share included: this is everything the
// gerai can serve, not only what is offered online). A closure of the whole MPP or of the gerai
// makes it 0. A gerai without hours of its own uses the MPP building hours. A gerai without a
// gerai-wide rule adds up the rules of its services; without any rule its capacity is unknown.
import { slotStartsForDay, type OpeningWindow } from "@/lib/bookings/availability";
import { weekdayOfDay } from "./math";

export type CapacityInput = {
  counterId: string;
  hours: OpeningWindow[];
  mppHours: OpeningWindow[];
  /** Gerai-wide rule (serviceId null) first, else the service rules. */
  rules: { slotMinutes: number; capacityPerSlot: number; serviceId: string | null }[];
  /** WIB days closed for this gerai (its own closures and the whole MPP's). */
  closedDays: ReadonlySet<string>;
};

/** Capacity of an open day per weekday, per input (the slot count depends only on the weekday; inputs are not changed after use). */
const byWeekday = new WeakMap<CapacityInput, Map<number, number>>();

/** Visitors the gerai can serve on `day`; null when it has no capacity rule. */
export function capacityOnDay(input: CapacityInput, day: string): number | null {
  const rules = input.rules.some((r) => r.serviceId === null) ? input.rules.filter((r) => r.serviceId === null) : input.rules;
  if (rules.length === 0) return null;
  if (input.closedDays.has(day)) return 0;
  const weekday = weekdayOfDay(day);
  const memo = byWeekday.get(input) ?? byWeekday.set(input, new Map()).get(input)!;
  const known = memo.get(weekday);
  if (known !== undefined) return known;
  const hours = input.hours.length > 0 ? input.hours : input.mppHours;
  let total = 0;
  for (const r of rules) total += slotStartsForDay(day, hours, r.slotMinutes).length * Math.max(0, r.capacityPerSlot);
  memo.set(weekday, total);
  return total;
}

/** Whether the gerai opens on `day` (a weekday with hours and no closure). */
export function opensOn(input: Pick<CapacityInput, "hours" | "mppHours" | "closedDays">, day: string): boolean {
  if (input.closedDays.has(day)) return false;
  const hours = input.hours.length > 0 ? input.hours : input.mppHours;
  const w = weekdayOfDay(day);
  return hours.some((h) => h.weekday === w && h.closeMinute > h.openMinute);
}
