import { describe, expect, it } from "vitest";
import { toPlainText } from "../../src/extract/markup";

describe("toPlainText(body)", () => {
  it("leaves plain text as it is, bullets, asterisks and ampersands included", () => {
    const plain =
      "RUSSIA - Moscow backs Maduro.\n\n* CUBA - Havana too, 2*3 times & more.\n\n- Peru: recognised Guaido.";
    expect(toPlainText(plain)).toBe(plain);
  });

  it("reads a web page as its blocks' text, a blank line between them, character references decoded", () => {
    const html =
      "<html><head><title>Dup</title><style>p{}</style></head><body><h1>Canada &amp; Guaid&oacute;</h1>" +
      "<p>OTTAWA &mdash; Canada <b>recognizes</b>\n   Guaido.<br>Freeland said.</p><script>x()</script></body></html>";
    expect(toPlainText(html)).toBe("Canada & Guaidó\n\nOTTAWA — Canada recognizes Guaido.\nFreeland said.");
  });

  it("removes Markdown's marks but keeps a list's bullets", () => {
    const md =
      '# Who backs whom\n\n**Caracas** — Spain [recognised](https://x.org/a) Guaido.\n\n> "Quote," she said.\n\n* **Italy** held out.';
    expect(toPlainText(md)).toBe(
      'Who backs whom\n\nCaracas — Spain recognised Guaido.\n\n"Quote," she said.\n\n* Italy held out.',
    );
  });

  it("decodes character references in plain text", () => {
    expect(toPlainText("Maduro&rsquo;s allies &#8212; Russia")).toBe("Maduro’s allies — Russia");
  });
});
