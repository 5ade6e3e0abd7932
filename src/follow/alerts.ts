// After an index (or sync) run: the meetings added or changed since the previous index, the new facts in them that
// match each subscription, queued once per subscription and fact as one post per channel and meeting.
import { citationOf } from "../answer/cite.ts";
import { formatDate } from "../answer/render-text.ts";
import type { Language, Meeting } from "../domain/index.ts";
import { corpusOf, type LoadedIndex } from "../search/index.ts";
import { type Fact, matches, meetingFacts } from "./facts.ts";
import type { AlertMessage, FollowStore, PendingAlert, Subscription } from "./store.ts";

/**
 * A meeting's stable key: its id from the source (a file's agenda and the minutes that replace it are one meeting).
 */
export function meetingKeyOf(meeting: Meeting): string {
  return meeting.id.replace(/-dagsorden$/, "");
}

/** Positions (in `after.meetings`) of meetings that are new or whose document changed since `before`. */
export function changedMeetings(before: LoadedIndex | null, after: LoadedIndex): number[] {
  const old = new Map<string, string>();
  before?.meetings.forEach((m, i) => {
    old.set(`${meetingKeyOf(m)}|${m.documentType}`, before.manifest.inputs[i]?.sha256 ?? "");
  });
  const changed: number[] = [];
  after.meetings.forEach((m, i) => {
    const hash = old.get(`${meetingKeyOf(m)}|${m.documentType}`);
    if (hash === undefined || hash !== (after.manifest.inputs[i]?.sha256 ?? "")) changed.push(i);
  });
  return changed;
}

const WORDS: Record<
  Language,
  {
    item: string;
    agenda: string;
    vote: string;
    following: string;
    news: string;
    agendaDoc: string;
    outcome: Record<string, string>;
    sides: [string, string, string];
  }
> = {
  da: {
    item: "Punkt",
    agenda: "er på dagsordenen",
    vote: "Afstemning",
    following: "Følger",
    news: "Nyt fra",
    agendaDoc: "dagsorden",
    outcome: { adopted: "vedtaget", rejected: "forkastet" },
    sides: ["for", "imod", "undlod"],
  },
  en: {
    item: "Item",
    agenda: "is on the agenda",
    vote: "Vote",
    following: "Following",
    news: "New from",
    agendaDoc: "agenda",
    outcome: { adopted: "adopted", rejected: "rejected" },
    sides: ["for", "against", "abstained"],
  },
};

const excerpt = (text: string, max = 300) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
};

/** One fact as a line of an alert: the item, what happened, and the link to the minutes. */
function factLine(fact: Fact, language: Language, url: string | null): string {
  const w = WORDS[language];
  const where = `${w.item} ${fact.item.number} "${fact.item.title}"`;
  let what: string;
  if (fact.kind === "agenda") what = w.agenda;
  else if (fact.vote) {
    const v = fact.vote;
    const side = (entries: typeof v.for) =>
      entries
        .map((e) =>
          e.name
            ? e.party
              ? `${e.name} (${e.party})`
              : e.name
            : `${e.party ?? "?"}${e.count !== undefined ? `(${e.count})` : ""}`,
        )
        .join(", ");
    const sides = [v.for, v.against, v.abstain]
      .map((entries, i) => (entries.length ? `${w.sides[i]}: ${side(entries)}` : ""))
      .filter(Boolean)
      .join("; ");
    const motion = v.motion ? ` "${excerpt(v.motion, 160)}"` : "";
    what = `${w.vote} (${fact.body})${motion}: ${sides} – ${w.outcome[v.outcome]}`;
  } else what = `${fact.body}: "${excerpt(fact.text ?? "")}"`;
  return `• ${where}: ${what}${url ? ` – ${url}` : ""}`;
}

/** The alerts the changed meetings hold for the subscriptions. */
export function collectAlerts(
  index: LoadedIndex,
  changed: readonly number[],
  subscriptions: readonly Subscription[],
  publicBaseUrl: string,
): PendingAlert[] {
  const alerts: PendingAlert[] = [];
  const corpus = corpusOf(index);
  for (const m of changed) {
    const meeting = index.meetings[m];
    if (!meeting) continue;
    const key = meetingKeyOf(meeting);
    const facts = meetingFacts(meeting, key);
    const place = corpus.municipalityOf(m) ?? "";
    for (const s of subscriptions) {
      if (s.query.municipality && s.query.municipality.toLowerCase() !== place.toLowerCase()) continue;
      for (const fact of facts) {
        if (!matches(s.query, fact, meeting)) continue;
        const citation = citationOf(corpus, m, fact.item.number, fact.text, publicBaseUrl);
        alerts.push({
          subscription: s,
          factKey: fact.key,
          meetingKey: `${key}|${meeting.documentType}`,
          line: factLine(fact, s.language, citation.url),
        });
      }
    }
  }
  return alerts;
}

/** The post for one channel and meeting: a heading, then each new fact once with what it matched. */
export function renderAlert(index: LoadedIndex, alerts: readonly PendingAlert[]): AlertMessage {
  const first = alerts[0];
  const language = first?.subscription.language ?? "da";
  const w = WORDS[language];
  const meetingKey = first?.meetingKey ?? "";
  const meeting = index.meetings.find((m) => `${meetingKeyOf(m)}|${m.documentType}` === meetingKey);
  const heading = meeting
    ? `${w.news} ${meeting.committee}${meeting.municipality ? ` (${meeting.municipality})` : ""}, ${formatDate(meeting.date, language)}${meeting.documentType === "dagsorden" ? ` – ${w.agendaDoc}` : ""}:`
    : `${w.news} ${meetingKey}:`;
  const byLine = new Map<string, string[]>();
  for (const a of alerts) byLine.set(a.line, [...(byLine.get(a.line) ?? []), a.subscription.label]);
  const lines = [...byLine].map(([line, labels]) => `${line} (${w.following}: ${[...new Set(labels)].join("; ")})`);
  return { text: [heading, ...lines].join("\n") };
}

/** Queues the alerts for the meetings `after` added or changed over `before`. */
export async function queueAlerts(
  store: FollowStore,
  before: LoadedIndex | null,
  after: LoadedIndex,
  publicBaseUrl: string,
): Promise<{ meetings: number; facts: number; posts: number }> {
  const changed = changedMeetings(before, after);
  const subscriptions = await store.all();
  if (changed.length === 0 || subscriptions.length === 0) return { meetings: changed.length, facts: 0, posts: 0 };
  const alerts = collectAlerts(after, changed, subscriptions, publicBaseUrl);
  const queued = await store.enqueue(alerts, (_meeting, group) => renderAlert(after, group));
  return { meetings: changed.length, ...queued };
}
