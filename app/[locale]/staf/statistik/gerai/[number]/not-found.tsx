"use client";

export { SegmentNotFound as default } from "@/components/segment/states";
