"use client";

export { default } from "../(daftar)/not-found";
