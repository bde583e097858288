"use client";

// The same help as for a malformed code: the form to try again.
export { default } from "../not-found";
