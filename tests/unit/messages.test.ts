import { describe, expect, it } from "vitest";
import { compareMessages } from "@/lib/i18n-check";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

describe("message catalogues", () => {
  it("have the same keys in Indonesian and English, none empty", () => {
    expect(compareMessages({ id, en })).toEqual([]);
  });

  it("report a missing key", () => {
    expect(compareMessages({ id: { a: "x", b: { c: "y" } }, en: { a: "x" } })).toEqual(["en: missing key b.c"]);
  });
});
