package extract

// modifiedCompoundOwner reports a role's modifier at p that opens plain
// nouns of a title, with an owner right before it: "Ukraine's
// parliamentary human rights commissioner", "the EU's special human
// rights envoy", "Kenya's presidential climate adviser". The plain nouns
// compound into the title as they do right after the owner ("Ukraine's
// human rights commissioner").
func (a *analysis) modifiedCompoundOwner(p int) bool {
	if p < 1 || a.roleKind(p) != rMod {
		return false
	}
	o := p - 1
	toks := a.d.toks
	return toks[o].lower == "'s" || a.pluralPossessive(o) || a.placeAt[o] >= 0 && a.places[a.placeAt[o]].state || a.orgAt[o] >= 0
}
