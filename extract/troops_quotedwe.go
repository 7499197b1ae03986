package extract

// A figure a speaker gives of "we" inside a quotation: "We have 3,000 men
// on the ground in Mozambique," Rwanda's defence minister said. "We" is
// the state of the speaker's role, named in the attribution after the
// quotation closes; the place in the quotation is where the men are.

// armedSpeakerWords mark a speaker who speaks for armed forces: "the
// Burundian general", "the Azerbaijani border commander", "the
// Guatemalan defence minister".
var armedSpeakerWords = wordList("armed-speaker")

// quotedWeAttribution returns the first word after the quotation that
// holds the figure n, when "we" opens the figure's clause inside it.
func (a *analysis) quotedWeAttribution(n number) (int, bool) {
	toks := a.d.toks
	start := a.figureClauseStart(n.first)
	if start+1 < n.first && toks[start].kind == tQuote {
		start++ // the clause opens the quotation
	}
	if start >= len(a.quoteAt) || toks[start].lower != "we" || a.quoteAt[start] < 0 {
		return 0, false
	}
	q := a.quoteAt[start]
	k := n.first
	for k < len(toks) && (a.quoteAt[k] == q || toks[k].kind == tQuote || toks[k].kind == tPunct && toks[k].text != ".") {
		k++ // to the first word after the quotation's close
	}
	return k, k < len(toks)
}

// quotedWeState returns the state named in the attribution right after
// the quotation that holds the figure n, when "we" opens the figure's
// clause inside it; else "".
func (a *analysis) quotedWeState(n number) string {
	toks := a.d.toks
	k, ok := a.quotedWeAttribution(n)
	if !ok {
		return ""
	}
	sent := toks[k-1].sent
	for j := k; j < len(toks) && j < k+4 && toks[j].sent == sent && toks[j].kind == tWord; j++ {
		if c, ok := a.stateAt(j); ok {
			return c // `," Rwanda's defence minister said`, `," the Rwandan minister said`
		}
	}
	// `," the colonel said, referring to Malian troops massed near the
	// border`: the troops the attribution says the figure stands for
	for j := k; j+2 < len(toks) && toks[j].sent == sent; j++ {
		if toks[j].lower == "referring" && toks[j+1].lower == "to" {
			if m, ok := a.placeStartingAt(j + 2); ok && m.state && m.kind == sAdjective {
				if _, ok := a.strongPersonnelAt(m.lim); ok {
					return m.code
				}
			}
		}
	}
	return ""
}

// quotedWeArmed reports a "we" figure (as quotedWeState reads it) whose
// speaker, named before the speech verb of the attribution, speaks for
// armed forces: `"We have 600 men on that ridge," the Azerbaijani border
// commander said`, not `," the Azerbaijani farm manager said`.
func (a *analysis) quotedWeArmed(n number) bool {
	toks := a.d.toks
	k, ok := a.quotedWeAttribution(n)
	if !ok {
		return false
	}
	sent := toks[k-1].sent
	// a possessive goes on with the speaker: "Colombia's defense minister"
	for j := k; j < len(toks) && j < k+8 && toks[j].sent == sent && (toks[j].kind != tPunct || toks[j].lower == "'s"); j++ {
		if a.speechVerbAt(j) == j {
			return false // the speaker ends at the verb
		}
		if armedSpeakerWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}
