package extract

// numberingAdverbs may stand between a force and its verb of numbering:
// "that already numbers", "now numbers".
var numberingAdverbs = closedSet("already", "now", "still", "currently", "today")

// placedForceBefore returns the force noun a verb of numbering after
// token i belongs to when a place phrase, a relative pronoun or an adverb
// stands between them: "a naval force off Venezuela that already numbers
// about 12,000", "the force in the Red Sea now numbers 6,000", "the
// contingent, which now numbers 850". It returns i when none does; the
// caller still tests the noun for being a force ("the army off the coast
// numbers 80,000" is a strength).
func (a *analysis) placedForceBefore(i int) int {
	toks := a.d.toks
	j := i
	for j > 0 && numberingAdverbs.hasToken(&toks[j]) {
		j--
	}
	if j > 0 && (toks[j].lower == "that" || toks[j].lower == "which") {
		j--
		if j > 0 && toks[j].text == "," {
			j--
		}
	}
	if j == i {
		return i
	}
	if a.numberedForceNoun(j) {
		return j // "the contingent now numbers 850"
	}
	if p := a.placeAt[j]; p >= 0 && a.places[p].lim == j+1 {
		f := a.places[p].first - 1
		if f > 0 && toks[f].lower == "the" {
			f-- // "off the Venezuelan coast" is no place mention; "in the Sahel" may be
		}
		if f > 0 && forcePlacePreps.hasToken(&toks[f]) && a.numberedForceNoun(f-1) {
			return f - 1 // "a naval force off Venezuela that already numbers"
		}
	}
	return i
}

// forcePlacePreps place a force before its verb of numbering: "a force
// off Venezuela", "the contingent in Mali".
var forcePlacePreps = closedSet("off", "in", "near", "along", "around", "at")

// numberedForceNoun reports a force's noun at k that is no plural of
// personnel: "force", "contingent", not "troops" ("The troops in Chad now
// number about 1,000" tells no force's size).
func (a *analysis) numberedForceNoun(k int) bool {
	return forceNouns.hasToken(&a.d.toks[k]) && !plural(a.d.toks[k].lower)
}
