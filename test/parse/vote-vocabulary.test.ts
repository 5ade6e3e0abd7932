// Which sentences count as vote statements (kept and quoted when no rule reads them): vote words, not their idioms.
import { describe, expect, it } from "vitest";
import { hasVoteVocabulary } from "../../src/parse/refine/unread-statements.ts";

describe("hasVoteVocabulary", () => {
  it.each([
    "Liste F og Ø stemte imod af hensyn til økonomien.",
    "Hans Berg (M) og Eva Lund (C) tilkendegav, at de ville stemme imod indstillingen.",
    "Imod, idet udvalget anbefaler en anden løsning.",
    "A og Ø undlader.",
    "Venstre kunne ikke tiltræde forslaget.",
  ])("reads %j as a vote statement", (sentence) => {
    expect(hasVoteVocabulary(sentence)).toBe(true);
  });

  it.each([
    // Idioms with the vote words (Greve's decisions write them).
    "Udvalget ønsker, at det frem imod næste budgetproces undersøges, hvad det koster.",
    "Kalenderen bliver opdateret hen imod dagen med de konkrete aktiviteter.",
    "Udvalget ønsker at tage imod invitationen fra nabokommunen.",
    "Metoden gør det muligt at måle op imod kvaliteten i andre kommuner.",
    "Præmissen stemmer ikke nødvendigvis overens med forskningen.",
    "Tallene stemmer overens med regnskabet.",
  ])("does not read %j as a vote statement", (sentence) => {
    expect(hasVoteVocabulary(sentence)).toBe(false);
  });
});
