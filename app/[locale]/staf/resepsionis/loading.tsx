"use client";

export { SegmentLoading as default } from "@/components/segment/states";
