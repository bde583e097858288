// Staff sessions with next-auth 4: JWT strategy (no session table), a signed and encrypted
// HTTP-only cookie carrying the user id and the account's sessionVersion. The token alone never
// grants access: currentActor() (lib/auth/guard.ts) re-reads the account on every request, so a
// disabled account or a revoked session (sessionVersion bumped) loses access at once.
//
// Sign-in goes through the page's server action (app/[locale]/staf/masuk/actions.ts), which runs
// the shared rules (lib/auth/credentials.ts) and then writes the same cookie next-auth's
// credentials provider would; /api/auth/* (next-auth's handler) serves the session, CSRF and
// sign-out endpoints and the credentials callback with the same rules.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { verifyCredentials } from "./credentials";

/** Absolute session lifetime: one working day. After it the officer signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_COOKIE = "mpp-staf.session";

export function secureCookies(): boolean {
  return env().publicUrl.startsWith("https://");
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}

export interface StaffToken {
  sub: string;
  /** User.sessionVersion when the session was opened. */
  sv: number;
}

/** The session cookie value for a signed-in user (same format next-auth reads). */
export async function encodeSession(token: StaffToken): Promise<string> {
  return encode({ token: { sub: token.sub, sv: token.sv }, secret: env().authSecret, maxAge: SESSION_MAX_AGE_SECONDS });
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions() } },
    pages: { signIn: "/staf/masuk", error: "/staf/masuk" },
    providers: [
      CredentialsProvider({
        name: "MPP",
        credentials: { login: { label: "Login", type: "text" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const login = typeof credentials?.login === "string" ? credentials.login.slice(0, 100) : "";
          const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 200) : "";
          if (!login || !password) return null;
          const forwarded = req.headers?.["x-forwarded-for"];
          const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || "unknown";
          const { db } = await import("@/lib/db");
          const result = await verifyCredentials(db, { login, password, ip });
          if (!result.ok) throw new Error(result.reason);
          return { id: result.actor.userId, name: result.actor.name, sv: result.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sv?: number }).sv ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.sub, sv: typeof token.sv === "number" ? token.sv : -1 };
      },
    },
  };
}
