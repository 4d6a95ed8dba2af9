import { decodeHTML } from "entities";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import removeMarkdown from "remove-markdown";

/** A tag of a story copied from a web page: "<p>", "</h1>", "<br/>". */
const HTML_TAG =
  /<\/?(?:html|head|body|article|section|main|header|div|p|br|h[1-6]|ul|ol|li|blockquote|figure|figcaption|span|a|em|strong|b|i|time|table|tr|td)\b[^<>]*>/i;
/** Elements whose text stands apart from the text around it: each opens and closes a paragraph. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
/** Elements with no text of the story: the page's head (its title repeats the headline), scripts, styles. */
const SKIP = new Set(["head", "script", "style", "noscript", "template", "svg", "iframe"]);
/** Signs of Markdown: a "#" heading, "**bold**", a "[link](url)", a "> " quotation block. */
const MARKDOWN = /^#{1,6}\s+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\((?:https?:\/\/|\/)[^)\s]*\)|^>\s/m;
/** An HTML character reference: "&amp;", "&rsquo;", "&#8217;". */
const ENTITY = /&(?:[a-z]+\d*|#\d+|#x[\da-f]+);/i;

/**
 * Returns an article's body as plain text: a story copied with its HTML tags read as its text with a blank line
 * between blocks (a whole web page never gets here: read-corpus.ts skips it, with its menus and links, as no
 * article), Markdown with its marks removed (list bullets kept: a list reads as one), character references decoded.
 * Plain text is returned as it is.
 */
export function toPlainText(body: string): string {
  if (HTML_TAG.test(body)) return htmlText(body);
  const text = MARKDOWN.test(body) ? removeMarkdown(body, { stripListLeaders: false }) : body;
  return ENTITY.test(text) ? decodeHTML(text) : text;
}

function htmlText(html: string): string {
  const out: string[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text")
        out.push((child as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, " "));
      else if (child.nodeName === "br") out.push("\n");
      else if ("childNodes" in child && !SKIP.has(child.nodeName)) {
        const block = BLOCK.has(child.nodeName);
        if (block) out.push("\n\n");
        walk(child as DefaultTreeAdapterTypes.ParentNode);
        if (block) out.push("\n\n");
      }
    }
  };
  walk(parse(html));
  return out
    .join("")
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, "\n").trim())
    .filter(Boolean)
    .join("\n\n");
}
