package extract

// organHeads are the heads of bodies that are no state's alone ("a
// service", "a committee") but a state's organ when a state owns them
// (words_places.tsv state-organ): "the Jordanian Security Services", "Kenya's
// Parliamentary Defence Committee", "the Defence Committee of Jordan".
var organHeads = wordList("state-organ")

// stateOwnsOrgan reports a capitalised body [lo, hi) with head word head
// that a state owns: its adjective or its name opens the body's name, or
// "of STATE" closes it (also right after hi). A body the gazetteer lists
// as a company, a group or a party stays its own.
func (a *analysis) stateOwnsOrgan(lo, head, hi int) bool {
	toks := a.d.toks
	if !organHeads.hasToken(&toks[head]) || a.membersBody(head) {
		return false
	}
	for k := lo; k < hi; k++ {
		if g, ok := a.orgAtTok(k); ok && a.lx.orgs[g.org].Kind != "agency" {
			return false // "the Kenyan Olympic Committee" if listed as a sports body
		}
	}
	if pi := a.placeAt[lo]; pi >= 0 {
		m := a.places[pi]
		if m.first == lo && m.code != "" && !m.ambiguous && m.kind != sPlace && m.kind != sCapital && m.lim <= head {
			return true
		}
	}
	return a.ofStateAfter(head+1, hi)
}

// ofStateAfter reports "of STATE" or "of the STATE" at k that closes a
// body's name ending at hi, or that follows it right at hi: "Committee of
// Jordan", "Committee of the Philippines". After an organ's head the place
// is the state, even one whose name is a person's too.
func (a *analysis) ofStateAfter(k, hi int) bool {
	toks := a.d.toks
	inside := k < hi
	if k > hi || k >= len(toks) || toks[k].lower != "of" {
		return false
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) || a.placeAt[k] < 0 {
		return false
	}
	m := a.places[a.placeAt[k]]
	if m.first != k || m.code == "" || m.kind == sPlace || m.kind == sCapital || m.kind == sAdjective {
		return false
	}
	return !inside || m.lim == hi
}
