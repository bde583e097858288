import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  const base = env().publicUrl;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/staf/", "/cari", "/pesan/"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
