package extract

// placeAdverbs say where people are with no phrase after them:
// "trapped underground", "stranded offshore", "working abroad".
var placeAdverbs = closedSet("underground", "offshore", "abroad", "overseas", "inside", "outside", "below",
	"downstairs", "upstairs", "nearby", "there", "aboard", "indoors", "ashore", "overhead")

// participleEnds end the participles that describe people: "trapped",
// "working".
var participleEnds = []string{"ed", "ing"}

// participleAdverb reports a participle at j with no death or injury
// kind, then an adverb of place, that describes the victims before their
// verb: "the 50 workers trapped underground were brought out dead",
// "three fishermen stranded offshore died". The verb must follow.
func (a *analysis) participleAdverb(j int) bool {
	toks := a.d.toks
	t := toks[j]
	if t.kind != tWord || t.cap || len(t.lower) < 5 || j+2 >= len(toks) || !placeAdverbs.hasToken(&toks[j+1]) {
		return false
	}
	if !hasAnySuffix(t.lower, participleEnds) {
		return false
	}
	if kinds, _ := a.deathKindsAt(j); kinds != 0 {
		return false
	}
	n := &toks[j+2]
	return beAux.hasToken(n) || haveAux.hasToken(n) || a.diedNext(j+2)
}
