import { requirePermission } from "@/lib/auth/guard";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { CATALOGUE_CACHE_CONTROL, withErrors } from "@/lib/api/respond";

// Built from code only (no database, no request data): static, refreshed with the deployment.
export const revalidate = 3600;

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API. */
export const GET = withErrors(async () => {
  await requirePermission("catalogue:read");
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": CATALOGUE_CACHE_CONTROL } });
});
