package extract

// plainNounsFrom reports the words [f, e) as a short description of
// lower-case words alone, no phrase after a preposition: "a former
// firefighter and Reform UK councillor", "a tax lawyer and senior fellow
// at the centre" share their article between two descriptions, where "an
// eyewitness to the accident and hospital officials" lists other people
// (secondDescription).
func (a *analysis) plainNounsFrom(f, e int) bool {
	toks := a.d.toks
	if e <= f || e-f > 3 {
		return false
	}
	for k := f; k < e; k++ {
		t := &toks[k]
		if t.kind != tWord || t.cap || prepositions.hasToken(t) || complementPreps.hasToken(t) || t.lower == "the" || t.lower == "in" {
			return false
		}
	}
	return true
}
