package extract

import "unicode"

// spelledOrgState returns the state of a body that the article named in
// full before the acronym o, whose initials spell it: "SDF" after "Japan
// ordered Self-Defense Forces troops into flooded towns" is Japan's
// Self-Defense Forces, though the lexicon lists "SDF" as a stateless
// armed group (the Syrian Democratic Forces). "" when no earlier body
// spells it or that body has no state either.
func (a *analysis) spelledOrgState(o orgMention) string {
	toks := a.d.toks
	if o.lim != o.first+1 || !isAcronym(toks[o.first].text) {
		return ""
	}
	acr := toks[o.first].text
	for _, e := range a.orgs {
		if e.first >= o.first {
			break
		}
		c := a.lx.orgs[e.org].Country
		if c == "" || e.lim-e.first < 2 {
			continue
		}
		if nameInitials(toks[e.first:e.lim]) == acr {
			return c
		}
	}
	return ""
}

// nameInitials returns the capitals that open the words of a name, a
// hyphenated word giving one for each capitalised part ("Self-Defense
// Forces" is "SDF"); "of" and "the" give none.
func nameInitials(name []token) string {
	var b []rune
	for _, t := range name {
		if t.lower == "of" || t.lower == "the" || t.kind != tWord {
			continue
		}
		start := true
		for _, r := range t.text {
			if start && unicode.IsUpper(r) {
				b = append(b, r)
			}
			start = r == '-'
		}
	}
	return string(b)
}
