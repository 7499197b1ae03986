package extract

// talksNouns name a meeting held "with" a host (words_people.tsv
// talks-noun): "travel to Paris ... for talks with President NAME".
var talksNouns = wordList("talks-noun")

// talksHostState is the state of a capital gone "to" or stayed "in"
// before "talks with" and a bare title in the same sentence, across a
// short aside set off by commas: "Kronberger would travel to Paris on
// Friday, as planned, for talks with President NAME" is France's
// president, whatever state the visitor's is (hostState reads the same
// host up to a comma). A capital other places share ("Paris") is the
// state's when the story names that state itself.
func (a *analysis) talksHostState(r *role) string {
	toks := a.d.toks
	j := r.titleLo - 1
	if r.titleLo >= r.titleHi || j < 2 || toks[j].lower != "with" || !talksNouns.hasToken(&toks[j-1]) {
		return ""
	}
	sent := a.d.sents[toks[j].sent]
	for k := j - 2; k > sent.first && j-k <= 14; k-- {
		if t := toks[k].text; t == ";" || t == "(" || t == ")" || toks[k].kind == tQuote {
			return ""
		}
		pi := a.placeAt[k]
		if pi < 0 {
			continue
		}
		m := &a.places[pi]
		if m.kind == sCapital && m.first > 0 && (toks[m.first-1].lower == "in" || toks[m.first-1].lower == "to") && (!m.ambiguous || a.namesStateItself(m.code)) {
			return m.code
		}
		return ""
	}
	return ""
}
