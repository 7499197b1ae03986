package extract

// bodyOfficeOverRank picks, over a military rank written before the name
// with nothing else ("Brigadier General NAME", "Colonel NAME"), an office
// of a body that no state holds that the same mention's comma phrase
// gives: "The coalition's spokesman, Brigadier General NAME," and
// "Colonel NAME, a spokesman for the coalition against ...," speak for
// the coalition, not for the officer's or the story's state (settled
// policy: international and coalition roles are null with the body).
// Abbreviated ranks yield to any office already (rankYields). A mission's
// or a hospital's office leaves the rank (and the officer's state) as it
// is: only a coalition's is read here.
func (a *analysis) bodyOfficeOverRank(p *person, best int) int {
	b := p.roles[best]
	if b.rule != ruleTitleBefore || b.country != "" || b.org != "" || !a.spelledRank(b) {
		return best
	}
	for i, o := range p.roles {
		if i == best || o.at != b.at || o.country != "" || formerTitle(o.title) || o.title == "" {
			continue
		}
		if (o.nonState || o.orgKind == "intl" || o.orgKind == "armed") && a.coalitionNear(o) {
			return i
		}
	}
	return best
}

// spelledRank reports a title made only of military ranks written in
// full: "Colonel", "Brigadier General".
func (a *analysis) spelledRank(r role) bool {
	words := a.lowerFields(r.title)
	for _, w := range words {
		if !a.lx.roleTags[w+"/military"] {
			return false
		}
	}
	return len(words) > 0
}

// coalitionNouns name a coalition of states by its type (words_people.tsv
// coalition-noun).
var coalitionNouns = wordList("coalition-noun")

// coalitionNear reports a coalition's noun in lower case in the few words
// around role r's title, as its owner or its complement: "The coalition's
// spokesman", "a spokesman for the coalition against ...".
func (a *analysis) coalitionNear(r role) bool {
	toks := a.d.toks
	if r.titleLo < 0 || r.titleLo >= len(toks) {
		return false
	}
	s := toks[r.titleLo].sent
	for k := max(r.titleLo-3, 0); k < len(toks) && k < r.titleHi+6 && toks[k].sent == s; k++ {
		if !toks[k].cap && coalitionNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
