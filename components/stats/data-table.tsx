import type { StatTable } from "@/lib/stats/export";

export type ExportLinks = { csv: string; xlsx: string; csvLabel: string; xlsxLabel: string };

/** One formatter per locale and digits: creating an Intl.NumberFormat per cell cost ~0.1 s on a year's tables. */
const formatters = new Map<string, Intl.NumberFormat>();

function format(value: string | number | null, kind: string, locale: string): string {
  if (value === null || value === "") return "–";
  if (typeof value === "string") return value;
  const digits = kind === "int" ? 0 : 1;
  const tag = locale === "en" ? "en-GB" : "id-ID";
  const key = `${tag}:${digits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}

/** An accessible data table (caption, column headers, first column as row headers) with its export links. */
export function DataTable({
  table,
  locale,
  exports,
  collapsed,
  showLabel,
  rowLink,
}: {
  table: StatTable;
  locale: string;
  exports?: ExportLinks;
  /** Put the table in a <details> (long tables), opened by `showLabel`. */
  collapsed?: boolean;
  showLabel?: string;
  rowLink?: (row: Record<string, string | number | null>) => string | undefined;
}) {
  const body = (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
      <table className="min-w-full border-collapse text-sm" data-table={table.id}>
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr className="border-b-2 border-ink bg-brand-50">
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={`px-2 py-1.5 align-bottom font-semibold ${c.kind === "text" ? "text-left" : "text-right"}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-gray-300">
              {table.columns.map((c, j) => {
                const text = format(row[c.key] ?? null, c.kind, locale);
                const href = j === 0 || c.key === "name" ? rowLink?.(row) : undefined;
                const content = href ? <a href={href}>{text}</a> : text;
                return j === 0 ? (
                  <th key={c.key} scope="row" className={`px-2 py-1 font-medium ${c.kind === "text" ? "text-left" : "text-right"}`}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={`px-2 py-1 ${c.kind === "text" ? "text-left" : "text-right tabular-nums"}`}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const links = exports && (
    <p className="no-print mt-2 flex flex-wrap gap-4 text-sm">
      <a href={exports.csv} download data-export="csv">
        {exports.csvLabel}
      </a>
      <a href={exports.xlsx} download data-export="xlsx">
        {exports.xlsxLabel}
      </a>
    </p>
  );
  return (
    <div className="mt-3" data-stat-table={table.id}>
      {collapsed ? (
        <details>
          <summary className="cursor-pointer py-1 font-medium text-brand-700 underline">{showLabel}</summary>
          {body}
        </details>
      ) : (
        body
      )}
      {links}
    </div>
  );
}
