package extract

// itsTypedName returns a capitalised run [k, e) after "the" that the
// gazetteer does not hold, no person's or place's, which a lower-case
// noun of a body no state holds follows, or "": "The attack was claimed
// by the Gran Grif gang, which ... . Its spokesman" is the gang's, as
// "talks with the Kabuga militia" are with a body of its own. itsBody,
// which passes over a name a preposition governs, reads it as the body
// "its" stands for, unless a person is named between it and "its" at lim.
func (a *analysis) itsTypedName(k, e, lim int) string {
	toks := a.d.toks
	if k < 1 || toks[k-1].lower != "the" || e >= len(toks) || !a.nonStateNoun(e) || a.orgAt[k] >= 0 {
		return ""
	}
	for j := e; j < lim && j < len(toks); j++ {
		if a.personAt[j] >= 0 {
			return ""
		}
	}
	for j := k; j < e; j++ {
		if a.personAt[j] >= 0 || a.placeAt[j] >= 0 || !toks[j].cap {
			return ""
		}
	}
	if k >= e {
		return ""
	}
	return stripInvisible(a.d.text[toks[k].start:toks[e-1].end])
}
