import { RequirementList } from "../../list";

// A dynamic route prerendered for two params: the route kind of the portal's service page.
export const dynamicParams = false;
export function generateStaticParams() {
  return [{ slug: "a" }, { slug: "b" }];
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RequirementList title={slug} items={140} />;
}
