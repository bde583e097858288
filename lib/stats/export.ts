// Tables of the dashboard as CSV (UTF-8 with BOM, RFC 4180 quoting, CRLF: opens correctly in
// Excel with Indonesian text) and as Excel workbooks (.xlsx, exceljs). Pure apart from exceljs.
import ExcelJS from "exceljs";

export type CellValue = string | number | null;
export type ColumnKind = "text" | "int" | "decimal" | "percent";
export type TableColumn = { key: string; label: string; kind: ColumnKind };
export type StatTable = { id: string; title: string; columns: TableColumn[]; rows: Record<string, CellValue>[] };

const BOM = "\uFEFF";

/**
 * One CSV field: numbers as plain decimals with a dot, null as empty, text quoted when it holds
 * a comma, quote, semicolon, line break or edge spaces (quotes doubled). Text that a spreadsheet
 * would run as a formula (= + - @ tab CR first) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV text, starting with a UTF-8 byte order mark, lines ending in CRLF. */
export function toCsv(table: Pick<StatTable, "columns" | "rows">): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Data";
}

const NUM_FMT: Record<ColumnKind, string | undefined> = { text: undefined, int: "#,##0", decimal: "#,##0.0", percent: "0.0" };

/** The table as an .xlsx workbook (one sheet, bold frozen header, numbers stored as numbers). */
export async function toXlsx(table: StatTable, meta: { subtitle?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "mpp-portal";
  wb.created = new Date(0);
  const ws = wb.addWorksheet(sheetName(table.title));
  ws.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(60, Math.max(10, c.label.length + 2, ...table.rows.slice(0, 200).map((r) => String(r[c.key] ?? "").length + 2))),
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of table.rows) {
    ws.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
  }
  if (meta.subtitle) ws.headerFooter.oddHeader = meta.subtitle;
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}
