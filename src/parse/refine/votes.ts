// Assembles the fragments of each decision block into votes: a motion followed by its position lines, tally, outcome.
import type { AgendaItem, Member, Outcome, Position, Vote, VoteCounts, VoteEntry } from "../../domain/index.ts";
import { listedAbsentee } from "../rules/attendance.ts";
import type { Fragment, Proposer } from "../rules/fragment.ts";
import { readFragments } from "../rules/read-fragments.ts";
import { readSubject } from "../rules/subject.ts";
import type { ItemBody } from "../split/item-body.ts";
import { type MotionContext, motionText } from "./motion.ts";
import { decideOutcome } from "./outcome.ts";
import { Roster } from "./roster.ts";

export interface VoteReading {
  votes: Vote[];
  referrals: { item: number; by: VoteEntry[] }[];
  substitutes: { name: string; party: string | null; for: string | null }[];
  absent: string[];
  members: Member[];
}

type PositionFragment = Extract<Fragment, { kind: "position" }>;
type TallyFragment = Extract<Fragment, { kind: "tally" }>;

/** The lines of one vote being gathered. */
interface Group {
  positions: PositionFragment[];
  tally: TallyFragment | null;
  stated: Outcome | null;
  sentences: string[];
}

const emptyGroup = (): Group => ({ positions: [], tally: null, stated: null, sentences: [] });

/** A group is a vote when it shows a split: a vote verb, a majority marker, two sides, or numbers. */
function isVote(g: Group): boolean {
  if (g.positions.length === 0) return g.tally !== null && (g.tally.counts.for > 0 || g.tally.counts.against > 0);
  const sides = new Set(g.positions.map((p) => p.position));
  return (
    g.tally !== null ||
    sides.size >= 2 ||
    g.positions.some(
      (p) => p.strong || p.side !== null || p.total !== null || p.entries.some((e) => e.count !== undefined),
    )
  );
}

const key = (e: VoteEntry) => `${e.name?.toLowerCase() ?? ""}|${e.party ?? ""}|${e.count ?? ""}`;
function uniqueEntries(entries: VoteEntry[]): VoteEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const k = key(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Counts when the text states numbers: the tally, or party counts / group totals on the position lines. */
function countsOf(g: Group): VoteCounts | null {
  if (g.tally) return g.tally.counts;
  const numbered = g.positions.some((p) => p.total !== null || p.entries.some((e) => e.count !== undefined));
  if (!numbered) return null;
  const sum = (pos: Position) =>
    g.positions
      .filter((p) => p.position === pos)
      .reduce((n, p) => n + (p.total ?? p.entries.reduce((k, e) => k + (e.count ?? 1), 0)), 0);
  return { for: sum("for"), against: sum("against"), abstain: sum("abstain") };
}

/** Content words of a motion, to recognise the same proposal voted on again by another body. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 8)),
  );
}

function sameProposal(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= 2 && shared >= Math.min(x.size, y.size) * 0.3;
}

/** The motion context, with the points a position line names when no sub-point heading gave them. */
function pointsContext(context: MotionContext, group: Group): MotionContext {
  const points = group.positions.find((p) => p.points && p.points.length > 0)?.points;
  if (!points || context.subPoint || context.motion || context.target) return { ...context };
  return { ...context, subPoint: { label: `pkt. ${points.join(", ")}`, points, text: null } };
}

/** "Forslag fra Gruppe Ø om gratis busser": an item that is one proposer's proposal, and what it proposes. */
function titleProposal(title: string): { proposer: Proposer; text: string } | null {
  // "Forslag fra V om …", "Medlemsforslag fra Gruppe F - Forslag om, at …".
  const m =
    /^(?:medlems|beslutnings)?forslag\s+fra\s+(.{1,80}?)(?:\s+[-–:]\s+|\s+(?=(?:om|vedrørende|til)\b))(.+)$/iu.exec(
      title.trim(),
    );
  const subject = m ? readSubject(m[1] ?? "") : null;
  const only = subject?.entries.length === 1 ? subject.entries[0] : undefined;
  if (!m || !only) return null;
  const proposer: Proposer = only.name ? { name: only.name, party: only.party } : { party: only.party };
  return { proposer, text: (m[2] ?? "").trim() };
}

/** Reads the votes, referrals and attendance of all items' decision blocks. */
export function readVotes(
  items: AgendaItem[],
  bodies: ItemBody[],
  ctx: { participants: string[]; members: Member[]; committee: string; date: string; notes?: string[] },
): VoteReading {
  const roster = new Roster();
  for (const m of ctx.members) roster.add(m.name, m.party);
  const out: VoteReading = { votes: [], referrals: [], substitutes: [], absent: [], members: [] };
  // The header's remarks ("Lisa Skov deltog for Steen Ørskov Larsen.") are about this meeting.
  for (const paragraph of readFragments((ctx.notes ?? []).join("\n\n"))) {
    for (const { fragment: f } of paragraph.fragments) {
      if (f.kind === "absent") out.absent.push(...f.names);
      if (f.kind === "substitute") out.substitutes.push({ name: f.name, party: f.party, for: f.for });
    }
  }
  const pending: { vote: Omit<Vote, "motion" | "proposedBy">; motion: MotionContext; tallyMotion: string | null }[] =
    [];

  items.forEach((item, k) => {
    if (item.closed) return;
    const body = bodies[k];
    const proposals: { text: string; proposer: Proposer }[] = [];
    item.decisions.forEach((decision, d) => {
      roster.scan(decision.text);
      // Attendance counts for this meeting only in its own blocks: another body's block ("Ikke til stede: …" under
      // "Beslutning fra Plan, Miljø og Teknik, 9. februar 2021") records that body's meeting.
      const own = decision.date === ctx.date && decision.body.toLowerCase() === ctx.committee.toLowerCase();
      /** After "Fraværende med afbud:" alone, the absentees follow one per paragraph. */
      let absentList = false;
      const context: MotionContext = { subPoint: null, target: null, motion: null };
      let group = emptyGroup();
      const close = () => {
        if (isVote(group)) {
          const entries: Record<Position, VoteEntry[]> = { for: [], against: [], abstain: [] };
          for (const p of group.positions) entries[p.position].push(...p.entries);
          for (const pos of ["for", "against", "abstain"] as const) entries[pos] = uniqueEntries(entries[pos]);
          const counts = countsOf(group);
          const sides = group.positions
            .filter((p) => p.side !== null)
            .map((p) => ({ position: p.position, side: p.side as "majority" | "minority" }));
          const outcome = decideOutcome({ stated: group.tally?.outcome ?? group.stated, sides, counts, entries });
          pending.push({
            vote: {
              item: item.number,
              body: decision.body,
              date: decision.date,
              outcome,
              for: entries.for,
              against: entries.against,
              abstain: entries.abstain,
              counts,
              text: [...new Set(group.sentences)].join(" "),
              decision: d,
            },
            motion: pointsContext(context, group),
            tallyMotion: group.tally?.motion ?? null,
          });
        }
        group = emptyGroup();
      };

      const paragraphs = readFragments(decision.text);
      paragraphs.forEach((paragraph) => {
        if (absentList && paragraph.fragments.length === 0) {
          const name = listedAbsentee(paragraph.text);
          if (name) {
            if (own) out.absent.push(name);
            return;
          }
        }
        absentList = false;
        // A proposal whose words follow ("stillede forslag om:") takes the next paragraph as its text.
        const waiting = context.motion?.needsText && group.positions.length === 0 ? context.motion : null;
        if (
          waiting &&
          paragraph.fragments.every((f) => f.fragment.kind === "motion" && f.fragment.source === "question")
        ) {
          waiting.text = paragraph.text.replace(/^["“”]+|["“”]+$/gu, "");
          waiting.needsText = false;
          group.sentences.push(paragraph.text);
          return;
        }
        for (const { fragment: f, text } of paragraph.fragments) {
          switch (f.kind) {
            case "motion": {
              close();
              if (f.source === "subPoint") {
                context.subPoint = f;
                context.target = null;
                context.motion = null;
              } else if (f.source === "target") {
                context.target = f;
                context.motion = null;
              } else if (f.source === "recommendation") {
                // Back to the recommendation (of the sub-point in context, if any) after a proposal was voted on.
                context.target = null;
                context.motion = null;
              } else {
                context.motion = { ...f };
                if (f.source === "proposal" && f.proposer && f.text)
                  proposals.push({ text: f.text, proposer: f.proposer });
                if (f.proposer) roster.add(f.proposer.name, f.proposer.party);
              }
              group = emptyGroup();
              group.sentences.push(text);
              break;
            }
            case "position": {
              // A member named twice in one position, or a statement about other points of the recommendation
              // ("… kunne ikke tiltræde indstillingens beslutningspunkt 2" after one about the whole), starts a new vote.
              const repeats =
                group.positions.some(
                  (p) => p.position === f.position && p.entries.some((e) => f.entries.some((x) => key(x) === key(e))),
                ) || group.positions.some((p) => (p.points ?? []).join() !== (f.points ?? []).join());
              if (repeats) {
                const keep = group.sentences.slice(0, 1);
                close();
                group.sentences.push(...keep);
              }
              for (const e of f.entries) roster.add(e.name, e.party);
              group.positions.push(f);
              group.sentences.push(text);
              break;
            }
            case "tally": {
              if (group.tally || group.positions.length > 0) close();
              group.tally = f;
              group.sentences.push(text);
              break;
            }
            case "abstainCount": {
              if (group.tally && group.tally.counts.abstain === 0) {
                group.tally = { ...group.tally, counts: { ...group.tally.counts, abstain: f.count } };
                group.sentences.push(text);
              }
              break;
            }
            case "outcome": {
              // Kept with the group; it counts only if the group turns out to be a vote. The tally's own outcome
              // stands: a later statement is about the next motion ("Ændringsforslaget blev forkastet …" then
              // "Indstillingen blev herefter godkendt").
              if (group.tally?.outcome || group.stated) break;
              group.stated = f.outcome;
              group.sentences.push(text);
              break;
            }
            case "referral": {
              for (const e of f.by) roster.add(e.name, e.party);
              out.referrals.push({ item: item.number, by: f.by });
              break;
            }
            case "absent":
              if (own) out.absent.push(...f.names);
              if (f.listFollows) absentList = true;
              break;
            case "substitute":
              roster.add(f.name, f.party);
              if (own) out.substitutes.push({ name: f.name, party: f.party, for: f.for });
              break;
            case "noVote":
              break;
          }
        }
      });
      close();
    });
    if (body) roster.scan(body.text);

    // A tally without a proposer ("Forslag om … blev forkastet") is the same proposal made earlier in the item.
    for (const p of pending) {
      // "Indstillingen blev godkendt med …" names no motion of its own: the point or target in context stays.
      if (p.vote.item !== item.number || p.motion.motion || !p.tallyMotion) continue;
      if (/^(?:indstillingen|indstillingerne|forslaget|ændringsforslaget|sagen|det)$/iu.test(p.tallyMotion.trim()))
        continue;
      const earlier = proposals.find((q) => sameProposal(q.text, p.tallyMotion ?? ""));
      p.motion = { ...p.motion, motion: { source: "tally", text: p.tallyMotion, proposer: earlier?.proposer ?? null } };
    }
  });

  for (const p of pending) {
    const item = items.find((i) => i.number === p.vote.item);
    // "Gert Wahl (Ø) stemte for forslaget" in an item titled "Forslag fra Gruppe Ø om …": that proposal is the motion.
    const titled = titleProposal(item?.title ?? "");
    if (!p.motion.motion && !p.motion.subPoint && !p.motion.target && titled && /\bforslaget\b/iu.test(p.vote.text))
      p.motion = { ...p.motion, motion: { source: "proposal", text: titled.text, proposer: titled.proposer } };
    const proposer = p.motion.motion?.proposer ?? null;
    out.votes.push({
      ...p.vote,
      for: roster.resolve(p.vote.for),
      against: roster.resolve(p.vote.against),
      abstain: roster.resolve(p.vote.abstain),
      motion: motionText(p.motion, { recommendation: item?.recommendation ?? null, text: item?.text ?? "" }),
      proposedBy: proposer
        ? { ...proposer, ...(proposer.name && !proposer.party ? { party: roster.partyOf(proposer.name) } : {}) }
        : null,
    });
  }
  out.referrals = out.referrals.map((r) => ({ ...r, by: roster.resolve(r.by) }));
  out.substitutes = out.substitutes.map((s) => ({ ...s, party: s.party ?? roster.partyOf(s.name) }));
  out.members = roster.members();
  return out;
}
