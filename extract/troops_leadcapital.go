package extract

import "strings"

// aspectVerbs start an action told by the -ing form after them: "Bamako
// began thinning its garrisons", "Kigali has begun rotating".
var aspectVerbs = closedWords(func() map[string]bool {
	return map[string]bool{"began": true, "begun": true, "begins": true, "begin": true, "started": true, "starts": true, "start": true}
})

// leadCapitalActor returns the state whose capital (or name) opens the sentence of
// the figure at first as the subject of a verb that moves personnel ("Moscow
// pulled most of its ground forces ..., some 10,000 soldiers") or of a verb
// that starts such a move ("Bamako began thinning its northern garrisons,
// with some 900 soldiers heading south"). A capital acts for its state, and
// the figure in a phrase after the comma stays its. Another state named
// between, other than as a place after a preposition ("in The Gambia",
// "near the Norwegian border"), makes the actor unclear: "".
func (a *analysis) leadCapitalActor(first int) string {
	toks := a.d.toks
	sent := a.d.sents[toks[first].sent]
	m, ok := a.placeStartingAt(sent.first)
	if !ok || m.kind != sCapital && (!m.state || m.kind == sAdjective || m.possessive) || a.inDateline(m.first) || m.lim >= first {
		return ""
	}
	v := m.lim
	for v < first && (verbChain.hasToken(&toks[v]) || isAdverb(toks[v])) {
		v++
	}
	if v >= first || toks[v].cap {
		return ""
	}
	// the chain holds "began": "began thinning" starts a move of any verb
	ing := v > m.lim && aspectVerbs.hasToken(&toks[v-1]) && len(toks[v].lower) > 4 && strings.HasSuffix(toks[v].lower, "ing")
	if !deployVerbs.hasToken(&toks[v]) && !ing {
		return ""
	}
	for k := v + 1; k < first; k++ {
		o, ok := a.placeStartingAt(k)
		if !ok || !o.state && o.kind != sCapital {
			continue
		}
		p := k - 1
		if toks[p].lower == "the" {
			p--
		}
		outOf := toks[p].lower == "of" && toks[p-1].lower == "out" // "pulling its officers out of Haiti"
		if !placeAfterPreposition(toks[p].lower) || toks[p].lower == "of" && !outOf || toks[p].lower == "with" {
			return "" // "Kinshasa accused Kigali of sending": another actor
		}
		k = o.lim - 1
	}
	return m.code
}

// ownPersonnelBefore returns the personnel noun, weak ones too, that the
// sentence of token first gives as its subject's own before it: "Nairobi
// began pulling its officers out of Haiti, with about 400 ..."; else "".
func (a *analysis) ownPersonnelBefore(first int) string {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	for k := s.first + 1; k < first; k++ {
		if toks[k-1].lower != "its" && toks[k-1].lower != "their" {
			continue
		}
		if _, lim := a.lx.personnel.match(toks, k, true); lim > k && lim <= first {
			return a.d.text[toks[k].start:toks[lim-1].end]
		}
	}
	return ""
}
