import { RequirementList } from "../../../list";

// The same 45 KB dynamic page, reached through a next.config.ts rewrite (/r/a -> /id/q/a), as the
// portal's locale rewrite reaches its pages.
export const revalidate = 3600;
export function generateStaticParams() {
  return [{ slug: "a" }, { slug: "b" }];
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RequirementList title={slug} items={140} />;
}
