import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { applicationAccess } from "@/lib/applications/service";
import { requireStaffPage } from "@/lib/auth/guard";
import { clientIp } from "@/lib/http/client-ip";

// The gerai scope is checked here, before this segment's loading boundary streams anything:
// an officer opening another gerai's application gets a real 403 (unknown code: 404).
export default async function ApplicationLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  const typed = decodeURIComponent(code).slice(0, 40);
  const actor = await requireStaffPage("application:read", `/staf/permohonan/${encodeURIComponent(typed)}`);
  const access = await applicationAccess(actor, typed, { ip: clientIp(await headers()) });
  if (access === "missing") notFound();
  if (access === "forbidden") forbidden();
  return children;
}
