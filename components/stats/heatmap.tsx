import type { StatTable } from "@/lib/stats/export";

const LEVELS = [
  "bg-white text-ink",
  "bg-brand-50 text-ink",
  "bg-brand-100 text-ink",
  "bg-[#8cc4ca] text-ink",
  "bg-brand-600 text-white",
  "bg-brand-800 text-white",
];

/**
 * Weekday x hour heat map as an HTML table: every cell shows its number (average arrivals per
 * day), the shade only repeats it, so nothing depends on colour.
 */
export function HeatMap({ table, locale }: { table: StatTable; locale: string }) {
  const values = table.rows.flatMap((r) => table.columns.slice(1).map((c) => r[c.key])).filter((v): v is number => typeof v === "number");
  const max = Math.max(0, ...values);
  const fmt = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 });
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
      <table className="border-collapse text-xs" data-table={table.id}>
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className="px-1.5 py-1 text-left font-semibold">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row" className="px-1.5 py-1 text-left font-medium">
                {r[table.columns[0]!.key]}
              </th>
              {table.columns.slice(1).map((c) => {
                const v = r[c.key];
                const level = typeof v === "number" && max > 0 ? Math.min(LEVELS.length - 1, Math.ceil((v / max) * (LEVELS.length - 1))) : 0;
                return (
                  <td key={c.key} className={`min-w-10 border border-white px-1.5 py-1.5 text-center tabular-nums ${LEVELS[level]}`}>
                    {typeof v === "number" ? fmt.format(v) : "–"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
