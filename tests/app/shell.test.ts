// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readShell, shellScript } from "../../src/app/shell";

/** A document holding the given HTML in its body, as the browser parses the built page. */
function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}

describe("the prerendered shell's data", () => {
  it("is read back as written", () => {
    const question = "Who recognises whom: Nicolas Maduro's government or Juan Guaido?";
    expect(readShell(page(shellScript({ question })))).toEqual({ question });
  });

  it("survives text that would close the script element in HTML", () => {
    const question = 'Is </script><p id="injected">x</p> closed?';
    const doc = page(shellScript({ question }));
    expect(doc.getElementById("injected")).toBeNull();
    expect(readShell(doc)).toEqual({ question });
  });

  it("is empty when the page has none, or it is not the shape written", () => {
    expect(readShell(page(""))).toEqual({});
    expect(readShell(page('<script type="application/json" id="shell">{not json</script>'))).toEqual({});
    expect(readShell(page('<script type="application/json" id="shell">{"question": 3}</script>'))).toEqual(
      {},
    );
    expect(readShell(page('<script type="application/json" id="shell">null</script>'))).toEqual({});
  });
});
