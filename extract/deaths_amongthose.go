package extract

// A person "among those who drowned" is a part of a toll the article
// counts elsewhere, as one "among the dead" is: "Her husband, NAME, was
// among those who drowned." listDeath's own test reads "among the dead"
// only, three words before the predicate's end.

// amongDeadGroupEnds reports "among" and a group of the dead from v that
// ends at lim: "was among those who drowned", "among those killed".
func (a *analysis) amongDeadGroupEnds(v, lim int) bool {
	toks := a.d.toks
	for k := v; k+1 < lim && k < v+4; k++ {
		if toks[k].lower == "among" {
			return a.deadGroupEnd(k+1) == lim
		}
	}
	return false
}
