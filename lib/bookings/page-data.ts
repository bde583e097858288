import "server-only";
import { notFound } from "next/navigation";
import { getService, type ServiceDetail } from "@/lib/catalogue/queries";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The service a booking page is for; 404 for unknown slugs. */
export async function bookingService(slug: string): Promise<ServiceDetail> {
  const service = SLUG.test(slug) ? await getService(slug) : null;
  if (!service) notFound();
  return service;
}
