package extract

// describedOwnerAfter reads, at the start of an apposition after "the",
// an owner noun that describing words come before, in front of the title:
// "NAME, the island nation's envoy", "NAME, the Gulf state's foreign
// minister", "NAME, the state-owned company's chief executive". The noun
// before "'s" owns the title as a bare one does ("the nation's envoy",
// ownerNounAfter); the words before it only describe it. As the same
// words before a name do ("The island nation's envoy, NAME,").
func describedOwnerAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if len(s.words) > 0 || s.w.hasHead || s.w.org != "" || s.w.country != "" || s.w.ownerAt >= 0 || k == 0 || toks[k-1].lower != "the" {
		return k, stepPass
	}
	for j := k + 1; j < k+4 && j+2 < len(toks); j++ {
		if toks[j+1].lower != "'s" {
			continue
		}
		o := &toks[j]
		if rk := a.roleKind(j); o.kind != tWord || o.cap || rk != 0 && rk != rMod || !a.roleAhead(j+2, 3) || !a.describingWords(k, j) {
			return k, stepPass
		}
		s.w.ownerAt, s.w.nonState = j, a.nonStateNoun(j)
		return j + 2, stepTake
	}
	return k, stepPass
}

// describingWords reports tokens [k, j) that only describe a noun: words
// of the sentence, none a role noun, a person, a listed body or a state
// (a state's word owns the title itself: "the Turkish army's chief").
func (a *analysis) describingWords(k, j int) bool {
	toks := a.d.toks
	for x := k; x < j; x++ {
		t := &toks[x]
		if t.kind != tWord || t.sent != toks[j].sent || a.personAt[x] >= 0 || a.orgAt[x] >= 0 || a.lx.speech[t.lower] != "" {
			return false
		}
		if rk := a.roleKind(x); rk != 0 && rk != rMod {
			return false
		}
		if pi := a.placeAt[x]; pi >= 0 && a.places[pi].state {
			return false
		}
	}
	return true
}
