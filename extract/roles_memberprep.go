package extract

// memberPrepBefore reports a preposition at p by which a role names the
// body it is held in, the complement running to k: "the head of", "a
// spokesman for", and the member's "an official with", "a senior official
// in", "an official at" a body described by a modifier ("the Dutch
// teachers' union", "a mining company"); a bare "in the group" may be any
// group's. "to" (an envoy to, an adviser to) names whom it serves.
func (a *analysis) memberPrepBefore(prep string, p, k int) bool {
	switch prep {
	case "of", "for":
		return true
	case "with", "in", "at":
		return k-p >= 3
	}
	return false
}

// nonStateNounAfterIn reports "in" at k before a body that is no state's
// named by its lower-case noun, past a determiner and up to three
// modifiers: "a senior official in a Jordanian mining company", "in the
// dockers' union". The member holds an office of that body, not of the
// state an adjective in it names.
func (a *analysis) nonStateNounAfterIn(k int) bool {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "in" {
		return false
	}
	j := k + 1
	if d := toks[j].lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	for e := j + 1; e < len(toks) && e <= j+4 && toks[e].sent == toks[k].sent; e++ {
		if a.nonStateNoun(e) && a.appositionEnds(e+1, toks[k].para) {
			return true
		}
		if toks[e].kind != tWord && !a.pluralApostrophe(e) {
			return false
		}
	}
	return false
}

// glossBefore returns the token before an aside ", or WORD," that ends
// right before p and glosses the role noun before it: "The wali, or
// governor, of Bejaia" reads "wali ... of Bejaia"; p-1 when there is none.
func (a *analysis) glossBefore(p int) int {
	toks := a.d.toks
	if p < 5 || toks[p-1].text != "," || toks[p-3].lower != "or" || toks[p-4].text != "," {
		return p - 1
	}
	if t := toks[p-2]; t.kind != tWord || t.cap || a.roleKind(p-2) != rHead && a.roleKind(p-2) != rWeak {
		return p - 1
	}
	return p - 5
}
