// Builds the citations of one answer: committee, meeting date, item, page and link for each meeting item relied on.
import type { Citation } from "../domain/index.ts";
import type { Corpus } from "../search/index.ts";

/** The citations of one answer, each meeting item once, in the order first relied on. */
export interface CitationBook {
  /** Adds (or finds) the citation of an item (null: the whole meeting); returns its index. */
  cite(meeting: number, item: number | null, quote?: string | null): number;
  readonly citations: Citation[];
}

export function createCitationBook(corpus: Corpus, publicBaseUrl: string): CitationBook {
  const citations: Citation[] = [];
  const keys: string[] = [];
  return {
    citations,
    cite(meeting, item, quote = null) {
      const key = `${meeting}#${item ?? ""}`;
      const known = keys.indexOf(key);
      if (known >= 0) {
        const c = citations[known];
        if (c && !c.quote && quote) c.quote = quote;
        return known;
      }
      keys.push(key);
      citations.push(citationOf(corpus, meeting, item, quote, publicBaseUrl));
      return citations.length - 1;
    },
  };
}

/** The citation of one meeting item (or of the whole meeting when `item` is null). */
export function citationOf(
  corpus: Corpus,
  meeting: number,
  item: number | null,
  quote: string | null,
  publicBaseUrl: string,
): Citation {
  const m = corpus.meetings[meeting];
  if (!m) throw new Error(`answer: no meeting at position ${meeting} of ${corpus.meetings.length} in the index`);
  const it = item === null ? undefined : m.items.find((x) => x.number === item);
  const url = corpus.linkOf(meeting, item, publicBaseUrl);
  return {
    municipality: corpus.municipalityOf(meeting),
    committee: m.committee,
    meetingDate: m.date,
    item: it ? it.number : null,
    title: it ? it.title : null,
    caseNumber: it?.caseNumber ?? null,
    page: it ? (it.page ?? it.sourcePage ?? null) : null,
    url: url && /^(https?|file):\/\//i.test(url) ? url : null,
    quote,
    source: m.source,
  };
}
