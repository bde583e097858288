"use client";

export { SegmentError as default } from "@/components/segment/states";
