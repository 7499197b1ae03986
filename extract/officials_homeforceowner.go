package extract

// wholeForceNouns name a state's whole force (words_people.tsv whole-force).
var wholeForceNouns = wordList("whole-force")

// bareForceOwner reports a role whose sentence opens its title with "the"
// and a state's force by its noun alone as owner: "The army's chief
// spokesman, Colonel NAME," is the spokesman of the army the story has
// been about, not of whatever state the sentence before names.
func (a *analysis) bareForceOwner(r *role) bool {
	toks := a.d.toks
	if r.titleLo < 0 || r.titleLo >= len(toks) {
		return false
	}
	first := a.d.sents[toks[r.titleLo].sent].first
	for k := first; k+2 < r.titleLo+1 && k+2 < len(toks); k++ {
		if toks[k].lower == "the" && !toks[k+1].cap && wholeForceNouns.hasToken(&toks[k+1]) && toks[k+2].lower == "'s" {
			return true
		}
	}
	return false
}

// forceOfStateAt reports a state mention m that names a force of its
// state by a force's noun: "the Malian army", "Mali's armed forces". A
// state named with a force of its own name ("Russia's Africa Corps") or
// with no force is not the state of "the army" in the next sentence.
func (a *analysis) forceOfStateAt(m placeMention) bool {
	k := m.lim
	if k < len(a.d.toks) && a.d.toks[k].lower == "'s" {
		k++
	}
	return a.forceNounAt(k)
}
