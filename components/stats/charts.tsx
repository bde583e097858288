"use client";

// Small chart islands fed with plain data. The chart itself is decorative for assistive
// technology (aria-hidden, not focusable): its <figcaption> summary and the data table next to
// it carry the same information as text.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const BRAND = "#0b6570";
const ACCENT = "#b45309";
const INK = "#1b1f23";

export type LineSeries = { key: string; label: string; dashed?: boolean };

/** Trend lines over time (days, weeks or months). */
export function TrendChart({ data, xKey, series, height = 260 }: { data: Record<string, string | number | null>[]; xKey: string; series: LineSeries[]; height?: number }) {
  const colours = [BRAND, ACCENT, INK];
  return (
    <div aria-hidden="true" className="h-[260px] w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d1d5db" strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fontSize: 12, fill: INK }} minTickGap={24} />
          <YAxis tick={{ fontSize: 12, fill: INK }} width={48} allowDecimals={false} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={colours[i % colours.length]}
              strokeWidth={2}
              strokeDasharray={s.dashed ? "6 4" : undefined}
              dot={data.length <= 31}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Horizontal bars, one per category (gerai, kecamatan, hour), optionally with a reference series. */
export function BarsChart({ data, labelKey, valueKey, valueLabel, compareKey, compareLabel }: {
  data: Record<string, string | number | null>[];
  labelKey: string;
  valueKey: string;
  valueLabel: string;
  compareKey?: string;
  compareLabel?: string;
}) {
  const height = Math.max(160, data.length * (compareKey ? 30 : 24) + 60);
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d1d5db" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 12, fill: INK }} allowDecimals={false} />
          <YAxis type="category" dataKey={labelKey} tick={{ fontSize: 12, fill: INK }} width={120} interval={0} />
          <Tooltip />
          {compareKey && <Legend />}
          <Bar dataKey={valueKey} name={valueLabel} fill={BRAND} isAnimationActive={false} />
          {compareKey && <Bar dataKey={compareKey} name={compareLabel} fill={ACCENT} isAnimationActive={false} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
