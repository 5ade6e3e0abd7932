// Small HTML building blocks for the minutes viewer: escaping, paragraphs, the page frame.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A text as escaped paragraphs: blank lines separate paragraphs, single line breaks stay. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/**
 * A text of the minutes as HTML: paragraphs; a paragraph `isHeading` recognises ("Sagsbeskrivelse") as a heading;
 * paragraphs whose cells the reader joined with tabs as one table, a short line standing alone between two rows (a
 * month over its dates) as a row across the table.
 */
export function richText(text: string, isHeading: (paragraph: string) => boolean): string {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const out: string[] = [];
  const isRow = (p: string | undefined) => p?.includes("\t") === true;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] ?? "";
    if (!isRow(p)) {
      out.push(
        isHeading(p) ? `<h3 class="section">${escapeHtml(p)}</h3>` : `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`,
      );
      continue;
    }
    const rows: string[][] = [];
    for (; k < parts.length; k++) {
      const q = parts[k] ?? "";
      if (isRow(q)) rows.push(q.split("\t").map((c) => c.trim()));
      else if (q.length <= 40 && !q.includes("\n") && isRow(parts[k + 1])) rows.push([q]);
      else break;
    }
    k--;
    const width = Math.max(...rows.map((r) => r.length));
    const cells = (r: string[]) =>
      r.length === 1 && width > 1
        ? `<td colspan="${width}">${escapeHtml(r[0] ?? "")}</td>`
        : r.map((c) => `<td>${escapeHtml(c)}</td>`).join("");
    out.push(`<table class="text-table">${rows.map((r) => `<tr>${cells(r)}</tr>`).join("")}</table>`);
  }
  return out.join("\n");
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem}
h3{font-size:1rem;margin-bottom:.3rem}.meta{color:#555}.meta dt{font-weight:600;float:left;clear:left;width:9rem}.meta dd{margin-left:9.5rem}
.decision{background:#eef6ee;border-left:4px solid #2e7d32;padding:.5rem 1rem;margin:1rem 0}
.vote{background:#fff7e6;border-left:4px solid #e08a00;padding:.5rem 1rem;margin:1rem 0}
.recommendation{background:#f3f4f8;border-left:4px solid #5c6bc0;padding:.5rem 1rem}
.closed{color:#777;font-style:italic}h3.section{font-size:1rem;margin:1.2rem 0 .3rem}.text-table{margin:.6rem 0}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
nav ol{padding-left:1.5rem}a{color:#1a56a6}:target{outline:3px solid #ffd54f;outline-offset:4px}
`;

/** A complete HTML document. `body` must already be escaped HTML. */
export function page(title: string, body: string, lang = "da"): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
