package extract

// reportedInner reads the person who spoke a quote that a speech verb
// opens right before its mark (`and said, "…`, `recalled that he said:
// "…`) when the cue after it gives a body, not a person: the body (police,
// prosecutors, a statement) is the source that reports the words, the
// person is their speaker; after "according to" a document or a body, the
// verb may stand anywhere before the quote in its sentence. A person after
// the quote keeps it ("Ann Lee
// said, "…," her lawyer said" is left to cueAfter), and so does a quote
// with no verb of speech right before it.
func (a *analysis) reportedInner(q *quoteSpan, outer speaker, outerCue string) (speaker, string, bool) {
	toks := a.d.toks
	c := q.open - 1
	if outer.person != nil || outer.named || c < 2 {
		return speaker{}, "", false
	}
	if outerCue == "according to" {
		// "He told police he could have "…," according to an affidavit":
		// the document is the source, the verb's subject the speaker when the
		// quote is the verb's own complement, a few words on
		inner, cue, at, ok := a.cueBeforeFrom(q, q.open-1)
		if !ok || inner.person == nil || !a.nearVerb(at, q.open) && !a.thatClauseQuote(at, q.open) {
			return speaker{}, "", false
		}
		return inner, cue, true
	}
	v := c - 1
	if toks[c].text != "," && toks[c].text != ":" || a.speechVerbAt(v) != v || toks[v].cap || toks[v].sent != toks[q.open].sent {
		return speaker{}, "", false
	}
	inner, cue, ok := a.cueBefore(q)
	if !ok || inner.person == nil || cue != toks[v].lower {
		return speaker{}, "", false
	}
	// "recalled that he said": a pronoun must agree with the person it gave,
	// not fall to someone of unknown gender named nearby
	if g := personPronouns()[toks[v-1].lower]; g != 0 && inner.person.gender != g {
		return speaker{}, "", false
	}
	return inner, cue, true
}

// nearVerb reports a quote at open that a speech verb at v governs: at
// most five words between them and no clause break ("he left, Kenny
// said, and returned …, which is when "…"" is the report's wording, not
// Kenny's); a comma right before the mark opens the quote itself.
func (a *analysis) nearVerb(v, open int) bool {
	toks := a.d.toks
	if v < 0 || open-v > 6 {
		return false
	}
	for k := v + 1; k < open-1; k++ {
		if toks[k].kind == tPunct || toks[k].lower == "when" || toks[k].lower == "which" {
			return false
		}
	}
	return true
}
