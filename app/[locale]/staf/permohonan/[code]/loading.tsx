"use client";

export { default } from "../(daftar)/loading";
