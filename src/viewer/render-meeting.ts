// Renders one meeting's minutes as a readable HTML page: header, contents, and each item with an anchor (#punkt-N).

import { MESSAGES } from "../answer/messages.ts";
import type { AgendaItem, Meeting, Vote, VoteEntry } from "../domain/index.ts";
import { absentFromMeeting } from "../domain/index.ts";
import { SOURCE_SYSTEM_NAMES } from "../domain/source.ts";
import { sectionHeading } from "../parse/split/structure.ts";
import { escapeHtml, page, paragraphs, richText } from "./html.ts";

/** Section headings of an item's text ("Resume", "Sagsbeskrivelse"), as the parser knows them. */
const isSection = (p: string) => !p.includes("\n") && sectionHeading(p) !== null;

const OUTCOME: Record<Vote["outcome"], string> = { adopted: "Vedtaget", rejected: "Forkastet" };

function entryText(e: VoteEntry): string {
  if (e.name) return `${e.name}${e.party ? ` (${e.party})` : ""}`;
  return `${e.party ?? "?"}${e.count !== undefined ? `(${e.count})` : ""}`;
}

function voteHtml(v: Vote): string {
  const row = (label: string, entries: VoteEntry[]) =>
    entries.length ? `<tr><th>${label}</th><td>${escapeHtml(entries.map(entryText).join(", "))}</td></tr>` : "";
  const counts = v.counts ? ` (${v.counts.for} for, ${v.counts.against} imod, ${v.counts.abstain} undlod)` : "";
  return `<div class="vote">
<h3>Afstemning: ${escapeHtml(v.body)} ${escapeHtml(v.date)} – ${OUTCOME[v.outcome]}${escapeHtml(counts)}</h3>
<p>${escapeHtml(v.motion)}</p>
<table>${row("For", v.for)}${row("Imod", v.against)}${row("Undlod", v.abstain)}</table>
</div>`;
}

function itemHtml(meeting: Meeting, item: AgendaItem): string {
  const heading = `Punkt ${item.number}: ${item.kind ? `${item.kind}: ` : ""}${item.title}`;
  const parts = [
    `<section id="punkt-${item.number}">`,
    `<h2><a href="#punkt-${item.number}">${escapeHtml(heading)}</a></h2>`,
  ];
  if (item.closed) {
    parts.push(`<p class="closed">Lukket punkt: kun nummer og sagsnummer offentliggøres.</p>`);
  }
  const facts: string[] = [];
  if (item.caseNumber) facts.push(`Sagsnr. ${escapeHtml(item.caseNumber)}`);
  if (item.decidedIn) facts.push(`Sagen afgøres i: ${escapeHtml(item.decidedIn)}`);
  if (item.page) facts.push(`Side ${item.page}`);
  if (item.proposedBy)
    facts.push(
      `Stillet af: ${escapeHtml(item.proposedBy.by.map((e) => (e.name ? `${e.name}${e.party ? ` (${e.party})` : ""}` : (e.party ?? ""))).join(", "))}`,
    );
  if (facts.length) parts.push(`<p class="meta">${facts.join(" · ")}</p>`);
  if (item.text.trim()) parts.push(richText(item.text, isSection));
  if (item.recommendation?.trim()) {
    parts.push(`<div class="recommendation"><h3>Indstilling</h3>${paragraphs(item.recommendation)}</div>`);
  }
  item.decisions.forEach((d, i) => {
    parts.push(
      `<div class="decision"><h3>Beslutning: ${escapeHtml(d.body)} den ${escapeHtml(d.date)}</h3>${paragraphs(d.text)}`,
    );
    for (const v of meeting.votes.filter((x) => x.item === item.number && x.decision === i)) parts.push(voteHtml(v));
    const appointed = (meeting.appointments ?? []).filter((a) => a.item === item.number && a.decision === i);
    if (appointed.length)
      parts.push(
        `<p class="appointments">Valgt/udpeget: ${escapeHtml(
          appointed
            .map(
              (a) =>
                `${a.name}${a.party ? ` (${a.party})` : ""}${a.role ? ` som ${a.role}` : ""}${a.to ? ` (${a.to})` : ""}`,
            )
            .join("; "),
        )}</p>`,
      );
    parts.push("</div>");
  });
  // Votes whose block is unknown still show, after the blocks.
  for (const v of meeting.votes.filter((x) => x.item === item.number && !item.decisions[x.decision]))
    parts.push(voteHtml(v));
  const upcoming = meeting.upcoming.filter((u) => u.item === item.number);
  if (upcoming.length) {
    parts.push(
      `<table><tr><th>Sag</th><th>Ansvarlig</th><th>Hvornår</th></tr>${upcoming
        .map(
          (u) =>
            `<tr><td>${escapeHtml(u.title)}</td><td>${escapeHtml(u.responsible ?? "")}</td><td>${escapeHtml(u.when ?? "")}</td></tr>`,
        )
        .join("")}</table>`,
    );
  }
  parts.push("</section>");
  return parts.join("\n");
}

/** The official source of the minutes: the system and its page, else the file they were read from. */
function sourceHtml(meeting: Meeting, url: string | null): string {
  if (!url) return `<dt>Kilde</dt><dd>${escapeHtml(meeting.sourceRef.file)}</dd>`;
  const system = meeting.sourceRef.system === "file" ? "" : `${SOURCE_SYSTEM_NAMES[meeting.sourceRef.system]}: `;
  return `<dt>Kilde</dt><dd><a href="${escapeHtml(url)}">${escapeHtml(system + url)}</a></dd>`;
}

/** The HTML page of one meeting. */
export function renderMeeting(meeting: Meeting, sourceUrl: string | null = null): string {
  const kind = meeting.documentType === "dagsorden" ? "Dagsorden" : "Referat";
  const title = `${kind} ${meeting.committee} ${meeting.date}`;
  const meta: [string, string][] = [];
  if (meeting.municipality) meta.push(["Kommune", meeting.municipality]);
  meta.push(["Mødedato", `${meeting.date}${meeting.startTime ? ` kl. ${meeting.startTime}` : ""}`]);
  if (meeting.location) meta.push(["Mødested", meeting.location]);
  if (meeting.participants.length) meta.push(["Mødedeltagere", meeting.participants.join(", ")]);
  const away = absentFromMeeting(meeting);
  if (away.length) meta.push(["Fraværende", away.join(", ")]);
  for (const a of meeting.partialAbsence ?? []) {
    const when = [
      a.items.length > 0 ? `punkt ${a.items.join(", ")}` : "",
      a.from ? `fra kl. ${a.from}` : "",
      a.until ? `til kl. ${a.until}` : "",
    ].filter((w) => w !== "");
    meta.push(["Fraværende under", `${a.name}${a.party ? ` (${a.party})` : ""}: ${when.join(", ")}`]);
  }
  for (const s of meeting.substitutes) {
    meta.push(["Stedfortræder", `${s.name}${s.party ? ` (${s.party})` : ""}${s.for ? ` for ${s.for}` : ""}`]);
  }
  for (const r of meeting.roles ?? [])
    meta.push([MESSAGES.da.role[r.role], `${r.name}${r.party ? ` (${r.party})` : ""}`]);
  const official = sourceUrl ?? meeting.sourceRef.url;
  const body = [
    `<p><a href="/">Alle møder</a></p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}${sourceHtml(meeting, official)}</dl>`,
    sourceUrl ? `<p><a href="${escapeHtml(sourceUrl)}">Det officielle referat</a></p>` : "",
    `<nav><h2>Indhold</h2><ol>${meeting.items
      .map((i) => `<li value="${i.number}"><a href="#punkt-${i.number}">${escapeHtml(i.title)}</a></li>`)
      .join("")}</ol></nav>`,
    ...meeting.items.map((i) => itemHtml(meeting, i)),
  ].join("\n");
  return page(title, body);
}
