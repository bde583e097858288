"use client";

/** Opens the print dialog; rendered only with JavaScript (the page prints fine without it). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
