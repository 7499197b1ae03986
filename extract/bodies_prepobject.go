package extract

// A state's body written as the object of a preposition ("a platoon of
// soldiers from Malta's Armed Forces will serve", "standing in front of a
// row of Dutch CV90 vehicles") is no subject of its clause: it neither
// speaks nor is the body a nearby holder speaks for. In a deployment story
// it is most often a foreign contingent or its kit.

// objectPreps are the prepositions whose object such a phrase is, besides
// the general list: the complement prepositions and "in".
var objectPreps = closedSet("of", "for", "to", "at", "on", "in")

// prepositionObject reports a phrase that opens at token first (a state's
// name, adjective or possessive) right after a preposition, past an
// article: "from Malta's", "of Dutch", "within the Irish".
func (a *analysis) prepositionObject(first int) bool {
	toks := a.d.toks
	k := first - 1
	if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k--
	}
	return k >= 0 && toks[k].kind == tWord && !toks[k].cap && (prepositions.hasToken(&toks[k]) || objectPreps.hasToken(&toks[k]))
}

// bodyStatedAfterPreposition reports the body noun at n whose state
// (bodyState's) is written before it as a preposition's object: "soldiers
// from Malta's Armed Forces will serve" does not make Malta's forces speak.
func (a *analysis) bodyStatedAfterPreposition(n int) bool {
	if m, ok := a.bodyStateMention(n); ok {
		return a.prepositionObject(m.first)
	}
	return false
}
