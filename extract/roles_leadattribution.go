package extract

// leadSourceThenNamed gives the role that the article's lead names, as
// the unnamed source of its news, to the person the next sentence names as
// its subject (giveDescribedRole): "Sweden will keep its battalion in
// Latvia until 2029, its foreign minister said on Tuesday ... / Ingrid
// Sandell, on her second visit to Ukraine, spoke alongside ...";
// "Norway's defence minister said on Monday that ... / Tor Hansen told
// reporters ...". Wire copy names the source in the lead and the person in
// the sentence after; describedThenNamed reads a lead that opens with the
// description, this one a description that is the subject of a verb of
// speech anywhere in the lead. "its" is the state the lead opens with.
func (a *analysis) leadSourceThenNamed(lead int) {
	s := a.d.sents[lead]
	if lead+1 >= len(a.d.sents) || a.lastPersonBefore(s.lim, 0) >= 0 {
		return // the lead names someone, whose role rules of their own read
	}
	w, ok := a.leadSourceRole(s)
	if !ok {
		return
	}
	if ref, ok := a.leadSubject(lead + 1); ok {
		a.giveDescribedRole(ref, w, false)
	}
}

// leadSourceRole returns the one unnamed role in the lead s that is the
// subject of a verb of speech ("its foreign minister said", "Sweden's
// defence minister told", "the Swedish minister says"), with its state:
// the one written with it, or for "its" the state that opens the lead.
func (a *analysis) leadSourceRole(s sentence) (titleWalk, bool) {
	toks := a.d.toks
	var found titleWalk
	n := 0
	for k := s.first + 1; k < s.lim; k++ {
		if toks[k].kind != tWord || toks[k].cap || a.lx.speech[toks[k].lower] == "" {
			continue
		}
		w, ok := a.titleBefore(k)
		if !ok || w.weak || w.hi != k || w.org != "" || a.pluralHead(w.head) || w.lo < 1 {
			continue
		}
		if toks[w.lo-1].lower == "its" && w.country == "" {
			w.country = a.leadOpeningState(s, w.lo-1)
		}
		if w.country == "" {
			continue
		}
		found, n = w, n+1
	}
	return found, n == 1
}

// leadOpeningState returns the state named as a noun (not an adjective)
// first in the lead s before token lim: "Sweden will keep its battalion"
// is Sweden's.
func (a *analysis) leadOpeningState(s sentence, lim int) string {
	for k := s.first; k < lim; k++ {
		if a.placeAt[k] < 0 {
			continue
		}
		m := a.places[a.placeAt[k]]
		if m.state && m.kind != sAdjective && !m.possessive && m.code != "" {
			return m.code
		}
		k = m.lim - 1
	}
	return ""
}
