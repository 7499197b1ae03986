package extract

// officeOfBeforeFor reports a capitalised title that ends in an
// of-phrase right before "for" at p: "Secretary of State for West Africa
// NAME", "Minister of State for Africa NAME". The role noun stands before
// "of", so the run after "for" opens with the title's complement, as
// after "Minister for".
func (a *analysis) officeOfBeforeFor(p int) bool {
	toks := a.d.toks
	if p < 3 || toks[p].lower != "for" || toks[p-2].lower != "of" {
		return false
	}
	if t := toks[p-1]; !t.cap || t.kind != tWord || a.placeAt[p-1] >= 0 || a.personAt[p-1] >= 0 {
		return false
	}
	k := a.roleKind(p - 3)
	return (k == rHead || k == rWeak) && toks[p-3].cap
}
