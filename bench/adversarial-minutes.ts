// Adversarial minutes texts of a given size, one per shape that once made a parsing stage grow faster than linear.
// Used by bench/parse-linear.ts (times) and test/parse/linear.test.ts (operation counts).

const FIRST = ["Anne", "Bo", "Carl", "Dorte", "Erik", "Frida", "Gert", "Hanne"];
const LAST = ["Hansen", "Jensen", "Berg", "Holm", "Vang", "Skov", "Lund", "Dahl", "Kruse"];

/** Vote statements in the shapes minutes write them: labelled lists, tallies and verbs. */
const VOTE_STATEMENTS = [
  "For stemte: (V), (A) og Hans Hansen (UP).",
  "Imod stemte: (Ø).",
  "Forslaget blev godkendt med 19 stemmer mod 6. 1 undlod.",
  "Et flertal, Anne Vang (A) og Bo Berg (C) stemte imod.",
  "Med stemmerne 19 for og 1 imod godkendte Byrådet indstillingen.",
];

/** The shapes: each builds a document of about `bytes` characters. */
export const ADVERSARIAL_SHAPES: Record<string, (bytes: number) => string> = {
  /** "Punkt N: …" headings with tiny bodies, numbers rising, and every tenth one a stray lower number. */
  "repeated headings": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", ""];
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const line = n % 10 === 0 ? `Punkt ${Math.max(1, n - 7)}: Gentaget overskrift` : `Punkt ${n}: Overskrift ${n}`;
      out.push(line, "Beslutning", "Godkendt.", "");
      size += line.length + 22;
    }
    return out.join("\n");
  },
  /** "N. Titel" headings with no "Punkt" word, confirmed by a decision heading under each. */
  "numbered headings": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", ""];
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const line = `${n}. Overskrift nummer ${n}`;
      out.push(line, "Beslutning", "Godkendt.", "", "1. at noget godkendes", "");
      size += line.length + 45;
    }
    return out.join("\n");
  },
  /** One item whose decision is a single line of many sentences. */
  "huge line": (bytes) => {
    const sentence = "Udvalget drøftede sagen og bl.a. kr. 100 blev nævnt jf. pkt. 2. ";
    const line = sentence.repeat(Math.ceil(bytes / sentence.length));
    return ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", "Beslutning", line].join("\n");
  },
  /** One item with thousands of decision blocks of several bodies and dates. */
  "deep decision blocks": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", ""];
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const d = (n % 28) + 1;
      const block = [
        `Beslutning i Økonomiudvalget den ${d}-10-2025`,
        "Anbefales.",
        `Byrådet, ${d}. oktober 2025, pkt. ${n}:`,
        "Godkendt.",
        "",
      ];
      out.push(...block);
      size += block.join("\n").length;
    }
    return out.join("\n");
  },
  /** Vote-like lines: labelled lists, tallies and verbs, many per block. */
  "vote-like lines": (bytes) => {
    const out = ["Referat", "Byrådet", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", "Beslutning", ""];
    const lines = [...VOTE_STATEMENTS, ""];
    let size = 0;
    while (size < bytes) {
      out.push(...lines);
      size += lines.join("\n").length;
    }
    return out.join("\n");
  },
  /** The vote-like lines run together into paragraphs: several vote statements a line, fewer lines for the size. */
  "vote-like paragraphs": (bytes) => {
    const out = ["Referat", "Byrådet", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", "Beslutning", ""];
    const paragraph = VOTE_STATEMENTS.join(" ");
    let size = 0;
    while (size < bytes) {
      out.push(paragraph, "");
      size += paragraph.length + 2;
    }
    return out.join("\n");
  },
  /** One sentence that is one long list of members and parties before a vote verb. */
  "huge vote sentence": (bytes) => {
    const names: string[] = [];
    let size = 0;
    for (let n = 0; size < bytes; n++) {
      const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} (${"AVCØF"[n % 5]})`;
      names.push(name);
      size += name.length + 2;
    }
    return [
      "Referat",
      "Byrådet",
      "Mødedato: 08-10-2025",
      "",
      "Punkt 1: Sag",
      "Beslutning",
      `${names.join(", ")} stemte imod.`,
    ].join("\n");
  },
  /** A table of contents as long as the document, with fewer items after it. */
  "long contents": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Indholdsfortegnelse"];
    let size = 0;
    let n = 1;
    for (; size < bytes / 2; n++) {
      const line = `${n}. Overskrift nummer ${n}\t${n}`;
      out.push(line);
      size += line.length;
    }
    out.push("");
    for (let k = 1; size < bytes; k++) {
      const line = `Punkt ${k}: Overskrift nummer ${k * 2}`;
      out.push(line, "Beslutning", "Godkendt.", "");
      size += line.length + 22;
    }
    return out.join("\n");
  },
  /** Thousands of numbered list lines ("1. at …") under one decision heading. */
  "numbered list lines": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", "Beslutning"];
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const line = `${n}. at forslag nummer ${n} godkendes`;
      out.push(line);
      size += line.length + 1;
    }
    return out.join("\n");
  },
  /** Long runs of spaces (and a tab) inside lines and on lines of their own. */
  "whitespace runs": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Punkt 1: Sag", "Beslutning"];
    // Runs of spaces inside a line and runs of spaces and tabs between lines (a trailing-run regex restarts in each).
    const gap = `${" ".repeat(20_000)}\t${" ".repeat(2_000)}`;
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const line = `Godkendt${gap}med${gap}${n} stemmer.${gap}`;
      out.push(line, gap);
      size += line.length + gap.length + 2;
    }
    return out.join("\n");
  },
  /**
   * Minutes as prose, the shape a large accepted file has once the line limit stands: thousands of items, each a
   * title, a case description of long paragraphs (about 1,500 characters a line), a recommendation and a decision.
   */
  "long paragraphs": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", ""];
    const prose = [
      "Som led i kommunens løbende økonomistyring fremlægges til udvalgets orientering en afrapportering på det",
      "forventede regnskab for 2025, inklusive budgetomplaceringer, for de områder der hører under udvalget.",
      "Afrapporteringen viser et samlet forventet merforbrug på 4,2 mio. kr., som primært skyldes flere",
      "borgere i botilbud og en stigning i udgifterne til ressourceforløb – der arbejdes med handleplaner.",
    ].join(" ");
    const paragraph = `${prose} ${prose} ${prose} ${prose}`;
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      const block = [
        `Punkt ${n}: Afrapportering på forventet regnskab, område ${n}`,
        "Sagsfremstilling",
        paragraph,
        paragraph,
        paragraph,
        "Indstilling",
        "Direktionen indstiller, at orienteringen tages til efterretning.",
        "Beslutning",
        n % 7 === 0 ? "Godkendt med 5 stemmer mod 2. Imod stemte Anne Vang (Ø) og Bo Berg (F)." : "Godkendt.",
        "",
      ];
      out.push(...block);
      size += block.join("\n").length;
    }
    return out.join("\n");
  },
  /** One item with thousands of "Beslutning" headings, each with a short body. */
  "many decision headings": (bytes) => {
    const out = ["Referat", "Økonomiudvalget", "Mødedato: 08-10-2025", "", "Punkt 1: Sag"];
    let size = 0;
    for (let n = 1; size < bytes; n++) {
      out.push("Beslutning", `Godkendt som nr. ${n}.`, "");
      size += 33;
    }
    return out.join("\n");
  },
};
