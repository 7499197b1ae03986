package extract

// honorificFits keeps, of the people a surname at token i may name, those
// whose gender the honorific before it allows: "Mrs Hendry" after "Claire
// and Tom Hendry" is Claire. All of them when the honorific has no
// gender or none fits.
func (a *analysis) honorificFits(cands []int, i int) []int {
	if len(cands) < 2 || i < 1 {
		return cands
	}
	g := honorificGender(a.d.toks[i-1].lower)
	if g == 0 {
		return cands
	}
	var fit []int
	for _, c := range cands {
		if pg := a.people[c].gender; pg == 0 || pg == g {
			fit = append(fit, c)
		}
	}
	if len(fit) == 0 {
		return cands
	}
	return fit
}
