// Splits an item's lines into case number, decided-in body, sections (case text, recommendation) and decision blocks.
import { joinParagraphs, type Line } from "../line.ts";
import { caseNumber, datedEntry, decisionHeading, historyLine, type SectionKey, sectionHeading } from "./structure.ts";

/** A decision block as written: body name (null for a bare "Beslutning"), date (null when not written), lines. */
export interface RawDecision {
  body: string | null;
  date: string | null;
  lines: Line[];
}

export interface ItemBody {
  caseNumber: string | null;
  decidedIn: string | null;
  recommendation: string | null;
  text: string;
  decisions: RawDecision[];
  /** Case text lines in order (sections other than the recommendation), for motions and tables. */
  caseLines: Line[];
}

/** Reads one item's body lines: `lines` from `from` on (the item's own lines, its heading left out, without a copy). */
export function readItemBody(lines: readonly Line[], from = 0): ItemBody {
  const out: ItemBody = {
    caseNumber: null,
    decidedIn: null,
    recommendation: null,
    text: "",
    decisions: [],
    caseLines: [],
  };
  const textLines: Line[] = [];
  const recommendation: Line[] = [];
  let section: SectionKey | "preamble" = "preamble";
  let decision: RawDecision | null = null;
  let awaitingDecidedIn = false;
  let seenContent = 0;

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text.trim();
    if (text === "") continue;

    if (section === "preamble" && out.caseNumber === null && seenContent < 3) {
      const cn = caseNumber(text);
      if (cn) {
        out.caseNumber = cn;
        continue;
      }
    }
    seenContent += 1;

    const inline = /^sagen\s+afgøres\s+i\s*:?\s*(\S.*)?$/iu.exec(text);
    if (inline) {
      if (inline[1] && out.decidedIn === null) out.decidedIn = inline[1].replace(/\.$/, "").trim();
      else if (!inline[1]) awaitingDecidedIn = true;
      if (!inline[1] || section === "preamble") {
        decision = null;
        section = "decidedIn";
        continue;
      }
    }
    if (awaitingDecidedIn && section === "decidedIn") {
      awaitingDecidedIn = false;
      if (sectionHeading(text) === null && decisionHeading(text) === null) {
        out.decidedIn = text.replace(/\.$/, "").trim();
        continue;
      }
    }

    const dh = decisionHeading(text);
    if (dh) {
      // "Beslutning" over "Borgerrepræsentationens beslutning i mødet den …": one block, named by the second line.
      if (!dh.bare && decision && decision.body === null && decision.lines.length === 0) {
        decision.body = dh.body;
        decision.date = dh.date;
        continue;
      }
      decision = dh.bare ? { body: null, date: null, lines: [] } : { body: dh.body, date: dh.date, lines: [] };
      if (dh.bare && dh.rest) decision.lines.push({ text: dh.rest, page: line.page });
      out.decisions.push(decision);
      continue;
    }
    // "19-08-2019 Magistraten" under "Sagens forløb": a block of that body; an administration's entry is case text.
    const entry = section === "history" ? datedEntry(text) : null;
    if (entry) {
      decision = entry.body ? { body: entry.body, date: entry.date, lines: [] } : null;
      if (decision) out.decisions.push(decision);
      else textLines.push(line);
      continue;
    }
    const history = historyLine(text);
    if (history && "body" in history && lookAheadDate(lines, i + 1)) {
      decision = { body: history.body, date: null, lines: [] };
      out.decisions.push(decision);
      continue;
    }
    if (history && decision && decision.lines.length === 0 && !("body" in history)) {
      if ("date" in history) decision.date = history.date;
      continue;
    }

    const sh = sectionHeading(text);
    if (sh && sh !== "decidedIn") {
      decision = null;
      section = sh;
      if (sh !== "recommendation") textLines.push(line);
      continue;
    }
    if (decision) {
      decision.lines.push(line);
      continue;
    }
    if (section === "recommendation") recommendation.push(line);
    else if (section !== "decidedIn") textLines.push(line);
  }
  for (const d of out.decisions) dropEmptyLabels(d.lines);
  out.text = joinParagraphs(textLines);
  out.recommendation = recommendation.length > 0 ? joinParagraphs(recommendation) : null;
  out.caseLines = textLines;
  return out;
}

/**
 * Drops the label lines a decision block ends with when nothing follows them: eDoc's "Følgende deltog ikke i
 * behandlingen af punktet:" with nobody listed under it says nothing, and is not part of the decision.
 */
function dropEmptyLabels(lines: Line[]): void {
  for (;;) {
    const last = lines.findLastIndex((l) => l.text.trim() !== "");
    if (last < 0 || !/:$/u.test((lines[last] as Line).text.trim())) return;
    lines.splice(last);
  }
}

/** True when a "Dato:" line follows within the next few lines (a `Sagsforløb` entry). */
function lookAheadDate(lines: readonly Line[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 3; i++) {
    const t = (lines[i]?.text ?? "").trim();
    if (t === "") continue;
    seen += 1;
    const h = historyLine(t);
    if (h && "date" in h) return true;
    if (h && "body" in h) return false;
  }
  return false;
}
