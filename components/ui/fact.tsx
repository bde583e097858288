import type { ReactNode } from "react";

/** One term and its value in a <dl> of facts (application, booking and tracking pages). */
export function Fact({ term, children, testId }: { term: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-brand-800">{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
