"use client";

export { default } from "../(daftar)/error";
