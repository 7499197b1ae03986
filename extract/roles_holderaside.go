package extract

// holderAsideEnds reports an apposition whose title ends at token k
// before a participle phrase about its holder that runs to a comma or
// the sentence's end: "NAME, a former foreign minister now living in
// exile, warned", "NAME, the administrator installed in the township
// by the opposition government (NUG)." The phrase says where the holder
// lives or how the office was given, not which office it is (of3).
func (a *analysis) holderAsideEnds(k int, para int32) bool {
	toks := a.d.toks
	if k < len(toks) && (toks[k].lower == "now" || toks[k].lower == "currently") {
		k++
	}
	if k >= len(toks) || toks[k].para != para || !holderAsides.hasToken(&toks[k]) {
		return false
	}
	s := toks[k].sent
	for e := k + 1; e < len(toks) && e < k+18; e++ {
		t := toks[e]
		if t.sent != s || t.text == "," || t.text == "." {
			return true
		}
		if t.kind == tQuote || t.lower == "said" || a.lx.speech[t.lower] != "" || a.personAt[e] >= 0 {
			return false // a clause of its own, or another person's
		}
	}
	return false
}

// holderAsides are the participles that open such a phrase
// (words_people.tsv holder-aside).
var holderAsides = wordList("holder-aside")

// holderAsideBody gives a title with neither state nor body the body that
// the aside at k (holderAsideEnds) says installed or appointed its holder,
// a body of the gazetteer that is no state's agency after "by": "the
// administrator installed in the township by the opposition National Unity
// Government" is the NUG's office.
func (a *analysis) holderAsideBody(k int, w *titleWalk) {
	toks := a.d.toks
	if w.org != "" || w.country != "" {
		return
	}
	for e := k + 1; e+1 < len(toks) && e < k+18 && toks[e].text != "," && toks[e].sent == toks[k].sent; e++ {
		if toks[e].lower != "by" {
			continue
		}
		j := e + 1
		for j < len(toks) && j < e+4 && !toks[j].cap && toks[j].kind == tWord {
			j++ // "by the opposition"
		}
		if o, ok := a.orgAtTok(j); ok && o.first == j && a.lx.orgs[o.org].Kind != "agency" {
			w.setOrg(a.lx.orgs[o.org])
		}
		return
	}
}
