import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/session";

// next-auth's endpoints (session, csrf, sign-out, credentials callback). The staff sign-in page
// uses its own server action with the same rules (lib/auth/credentials.ts).
export const dynamic = "force-dynamic";

function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
