package extract

// servedOfficePossessor returns the token of "his" or "her" in "for his
// office" or "in her office" right after a title: "A spokesperson for her
// office, NAME," serves the person "her" stands for, as "her spokesperson"
// does; -1 when the title is not so followed ("a spokesman for the
// ministry" names its body itself).
func (a *analysis) servedOfficePossessor(r *role) int {
	toks := a.d.toks
	k := r.titleHi
	if r.titleLo < 0 || k < 1 || k+2 >= len(toks) || toks[k].para != toks[k-1].para {
		return -1
	}
	if p := toks[k].lower; p != "for" && p != "in" && p != "from" {
		return -1
	}
	if x := toks[k+1].lower; x != "his" && x != "her" {
		return -1
	}
	if toks[k+2].lower != "office" {
		return -1
	}
	return k + 1
}
