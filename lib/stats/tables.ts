// Every table of the dashboard and of the gerai evaluation, built once from the query results:
// the pages render them (with a chart above most) and the export route writes the same rows as
// CSV or Excel. Values are raw numbers (minutes with one decimal, percentages 0-100); the page
// formats them for display.
import type { CellValue, ColumnKind, StatTable, TableColumn } from "./export";
import { round } from "./math";
import { OUTSIDE_CITY, UNKNOWN_DOMICILE, type Dashboard, type DomicileRow, type GeraiEvaluation, type GeraiReport, type HeatCell, type HourRow, type NamedCount } from "./queries";

/** A translator of the "stats" namespace (next-intl's t). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const DASHBOARD_TABLES = ["daily", "weekly", "monthly", "source", "gerai", "agency", "service", "kecamatan", "hour", "heatmap"] as const;
export const GERAI_TABLES = ["gerai-days", "gerai-weeks", "gerai-service", "gerai-kecamatan", "gerai-hour", "gerai-heatmap"] as const;
export type DashboardTableId = (typeof DASHBOARD_TABLES)[number];
export type GeraiTableId = (typeof GERAI_TABLES)[number];
export type TableId = DashboardTableId | GeraiTableId;

const minutes = (seconds: number | null) => (seconds === null ? null : round(seconds / 60, 1));
const percent = (share: number | null) => (share === null ? null : round(share * 100, 1));
const col = (key: string, label: string, kind: ColumnKind): TableColumn => ({ key, label, kind });

function weekdayName(t: Translate, w: number): string {
  return t(`weekdays.${w}`);
}

function domicileName(t: Translate, r: DomicileRow): string {
  if (r.code === OUTSIDE_CITY) return t("domicile.outside");
  if (r.code === UNKNOWN_DOMICILE) return t("domicile.unknown");
  return r.name ?? r.code;
}

function namedTable(id: TableId, title: string, t: Translate, rows: NamedCount[], withCounter: boolean, locale: string): StatTable {
  return {
    id,
    title,
    columns: [
      col("name", withCounter ? t("col.service") : t("col.agency"), "text"),
      ...(withCounter ? [col("counter", t("col.counterNumber"), "int")] : []),
      col("visitors", t("col.visitors"), "int"),
      col("share", t("col.sharePercent"), "percent"),
    ],
    rows: rows.map((r) => ({
      name: locale === "en" && r.nameEn ? r.nameEn : r.name,
      counter: r.counterNumber ?? null,
      visitors: r.visitors,
      share: percent(r.share),
    })),
  };
}

function hourTable(id: TableId, t: Translate, rows: HourRow[]): StatTable {
  return {
    id,
    title: t("tables.hour"),
    columns: [col("hour", t("col.hour"), "text"), col("visitors", t("col.visitors"), "int"), col("share", t("col.sharePercent"), "percent")],
    rows: rows.map((r) => ({ hour: `${String(r.hour).padStart(2, "0")}.00-${String(r.hour).padStart(2, "0")}.59`, visitors: r.visitors, share: percent(r.share) })),
  };
}

/** Weekday x hour as a table: one row per weekday, one column per hour, average arrivals per day. */
export function heatTable(id: TableId, t: Translate, cells: HeatCell[]): StatTable {
  const hours = [...new Set(cells.map((c) => c.hour))].sort((a, b) => a - b);
  const weekdays = [...new Set(cells.map((c) => c.weekday))].sort((a, b) => a - b);
  return {
    id,
    title: t("tables.heatmap"),
    columns: [col("weekday", t("col.weekday"), "text"), ...hours.map((h) => col(`h${h}`, `${String(h).padStart(2, "0")}.00`, "decimal" as const))],
    rows: weekdays.map((w) => {
      const row: Record<string, CellValue> = { weekday: weekdayName(t, w) };
      for (const h of hours) row[`h${h}`] = round(cells.find((c) => c.weekday === w && c.hour === h)?.average ?? null, 1);
      return row;
    }),
  };
}

function domicileTable(id: TableId, t: Translate, rows: DomicileRow[]): StatTable {
  return {
    id,
    title: t("tables.kecamatan"),
    columns: [col("kecamatan", t("col.kecamatan"), "text"), col("visitors", t("col.visitors"), "int"), col("share", t("col.sharePercent"), "percent")],
    rows: rows.map((r) => ({ kecamatan: domicileName(t, r), visitors: r.visitors, share: percent(r.share) })),
  };
}

export function flagText(t: Translate, g: GeraiEvaluation): string {
  return g.flags.map((f) => t(`flags.${f}`)).join("; ");
}

function geraiColumns(t: Translate): TableColumn[] {
  return [
    col("number", t("col.counterNumber"), "int"),
    col("name", t("col.counter"), "text"),
    col("visitors", t("col.visitors"), "int"),
    col("bookings", t("col.bookings"), "int"),
    col("noShow", t("col.noShowPercent"), "percent"),
    col("avgWait", t("col.avgWait"), "decimal"),
    col("p90Wait", t("col.p90Wait"), "decimal"),
    col("avgService", t("col.avgService"), "decimal"),
    col("p90Service", t("col.p90Service"), "decimal"),
    col("onTime", t("col.onTimePercent"), "percent"),
    col("capacity", t("col.capacity"), "int"),
    col("used", t("col.capacityUsedPercent"), "percent"),
    col("daysOver", t("col.daysOver"), "int"),
    col("flags", t("col.flags"), "text"),
  ];
}

export function geraiRow(t: Translate, g: GeraiEvaluation): Record<string, CellValue> {
  return {
    number: g.number,
    name: g.name,
    visitors: g.visitors,
    bookings: g.bookings,
    noShow: percent(g.noShowRate),
    avgWait: minutes(g.avgWaitSeconds),
    p90Wait: minutes(g.p90WaitSeconds),
    avgService: minutes(g.avgServiceSeconds),
    p90Service: minutes(g.p90ServiceSeconds),
    onTime: percent(g.onTimeRate),
    capacity: g.capacity,
    used: percent(g.capacityUsed),
    daysOver: g.daysOverCapacity,
    flags: flagText(t, g),
  };
}

function seriesTable(id: TableId, title: string, firstLabel: string, t: Translate, rows: Dashboard["weekly"]): StatTable {
  return {
    id,
    title,
    columns: [
      col("key", firstLabel, "text"),
      col("from", t("col.from"), "text"),
      col("to", t("col.to"), "text"),
      col("booking", t("col.booked"), "int"),
      col("walkIn", t("col.walkIn"), "int"),
      col("total", t("col.total"), "int"),
      col("serviceDays", t("col.serviceDays"), "int"),
      col("average", t("col.averagePerDay"), "decimal"),
    ],
    rows: rows.map((r) => ({ key: r.key, from: r.from, to: r.to, booking: r.booking, walkIn: r.walkIn, total: r.value, serviceDays: r.serviceDays, average: round(r.averagePerDay, 1) })),
  };
}

/** The dashboard's tables, in page order. */
export function dashboardTables(d: Dashboard, t: Translate, locale: string): Record<DashboardTableId, StatTable> {
  return {
    daily: {
      id: "daily",
      title: t("tables.daily"),
      columns: [col("day", t("col.day"), "text"), col("booking", t("col.booked"), "int"), col("walkIn", t("col.walkIn"), "int"), col("total", t("col.total"), "int")],
      rows: d.daily.map((r) => ({ day: r.day, booking: r.booking, walkIn: r.walkIn, total: r.total })),
    },
    weekly: seriesTable("weekly", t("tables.weekly"), t("col.week"), t, d.weekly),
    monthly: seriesTable("monthly", t("tables.monthly"), t("col.month"), t, d.monthly),
    source: {
      id: "source",
      title: t("tables.source"),
      columns: [col("source", t("col.source"), "text"), col("visitors", t("col.visitors"), "int"), col("share", t("col.sharePercent"), "percent")],
      rows: d.bySource.map((r) => ({ source: t(`sources.${r.source}`), visitors: r.visitors, share: percent(r.share) })),
    },
    gerai: { id: "gerai", title: t("tables.gerai"), columns: geraiColumns(t), rows: d.byGerai.map((g) => geraiRow(t, g)) },
    agency: namedTable("agency", t("tables.agency"), t, d.byAgency, false, locale),
    service: namedTable("service", t("tables.service"), t, d.byService, true, locale),
    kecamatan: domicileTable("kecamatan", t, d.byKecamatan),
    hour: hourTable("hour", t, d.byHour),
    heatmap: heatTable("heatmap", t, d.heatmap),
  };
}

/** One gerai's tables, in page order. */
export function geraiTables(r: GeraiReport, t: Translate, locale: string): Record<GeraiTableId, StatTable> {
  return {
    "gerai-days": {
      id: "gerai-days",
      title: t("tables.geraiDays"),
      columns: [
        col("day", t("col.day"), "text"),
        col("visitors", t("col.visitors"), "int"),
        col("capacity", t("col.capacity"), "int"),
        col("over", t("col.overCapacity"), "text"),
        col("avgWait", t("col.avgWait"), "decimal"),
      ],
      rows: r.days.map((d) => ({
        day: d.day,
        visitors: d.visitors,
        capacity: d.capacity,
        over: d.capacity !== null && d.visitors > d.capacity ? t("yes") : "",
        avgWait: minutes(d.avgWaitSeconds),
      })),
    },
    "gerai-weeks": {
      id: "gerai-weeks",
      title: t("tables.geraiWeeks"),
      columns: [col("key", t("col.week"), "text"), col("from", t("col.from"), "text"), col("to", t("col.to"), "text"), col("visitors", t("col.visitors"), "int"), col("avgWait", t("col.avgWait"), "decimal")],
      rows: r.weekly.map((w) => ({ key: w.key, from: w.from, to: w.to, visitors: w.visitors, avgWait: minutes(w.avgWaitSeconds) })),
    },
    "gerai-service": namedTable("gerai-service", t("tables.service"), t, r.byService, true, locale),
    "gerai-kecamatan": domicileTable("gerai-kecamatan", t, r.domicile),
    "gerai-hour": hourTable("gerai-hour", t, r.byHour),
    "gerai-heatmap": heatTable("gerai-heatmap", t, r.heatmap),
  };
}
