import { createElement as h, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClientTextProvider, useClientText } from "@/components/i18n/client-text";
import { SegmentError, SegmentNotFound } from "@/components/segment/states";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

// The public shell's boundaries read plain strings from the layout's ClientTextProvider instead
// of next-intl's client runtime: they must show the layout's language, and a section layout adds
// its own namespaces without hiding the shell's.
const provide = (messages: Parameters<typeof ClientTextProvider>[0]["messages"], children: ReactNode) =>
  h(ClientTextProvider, { messages, children });

function Probe() {
  const pages = useClientText("pages");
  const applications = useClientText("applications");
  return h("p", null, `${pages("retry")}|${applications("list.title")}|${applications("notFoundTitle")}`);
}

describe("client text for error and not-found boundaries", () => {
  it("renders the boundaries in the layout's language", () => {
    const reset = () => {};
    const idHtml = renderToString(provide({ pages: id.pages }, h(SegmentError, { error: new Error("x"), reset })));
    expect(idHtml).toContain(id.pages.errorTitle);
    expect(idHtml).toContain(id.pages.retry);
    const enHtml = renderToString(provide({ pages: en.pages }, h(SegmentNotFound)));
    expect(enHtml).toContain(en.pages.notFoundTitle);
    expect(enHtml).not.toContain(id.pages.notFoundTitle);
  });

  it("merges a section's namespaces with the shell's and reads dotted keys", () => {
    const html = renderToString(
      provide({ pages: id.pages }, provide({ applications: id.applications }, h(Probe))),
    );
    expect(html).toContain(`${id.pages.retry}|${id.applications.list.title}|${id.applications.notFoundTitle}`);
  });

  it("shows the key, not an empty string, when no layout passed the string", () => {
    const html = renderToString(provide({ pages: id.pages }, h(Probe)));
    expect(html).toContain("applications.list.title|applications.notFoundTitle");
  });
});
