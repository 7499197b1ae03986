package extract

// A state's whole police force told by "number": "Haitian police number
// about 9,000 officers for a country of 11.7 million". As with "the army
// numbers 80,000" (standingForces), a state's police named by the
// state alone is its standing strength, not personnel deployed; a
// contingent or a place where they serve ("Kenyan police number about
// 1,000 in Haiti") is a deployment, which isStrength keeps.

// statePoliceAt reports a police noun at j named by its state alone right
// before it: "Haitian police", "Lebanon's police", "the national police".
func (a *analysis) statePoliceAt(j int) bool {
	toks := a.d.toks
	if j < 1 || !policeNouns.hasToken(&toks[j]) || toks[j].lower == "officers" {
		return false
	}
	o := j - 1
	if toks[o].lower == "national" {
		return o >= 1 && toks[o-1].lower == "the"
	}
	if toks[o].lower == "'s" && o >= 1 {
		o--
	}
	if _, ok := a.stateAt(o); !ok {
		return false
	}
	return o == a.d.sents[toks[j].sent].first || toks[o-1].kind != tWord || determiners.hasToken(&toks[o-1])
}
