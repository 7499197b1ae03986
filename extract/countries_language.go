package extract

import "strings"

// languageNamed reports a state's adjective after "in" that no noun
// follows: the language spoken or written, not the state ("he said in
// French.", "told reporters in French, meaning ..."); "in French hands"
// and "in British waters" name the state.
func (a *analysis) languageNamed(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.first < 1 || m.lim != m.first+1 || toks[m.first-1].lower != "in" ||
		strings.HasSuffix(toks[m.first].text, "s") {
		return false // "in Americans' eyes": the people
	}
	if m.lim >= len(toks) || toks[m.lim].sent != toks[m.first].sent {
		return true
	}
	switch toks[m.lim].text {
	case ".", ",", ";", ":", ")", "\"", "”", "?", "!":
		return true
	}
	return false
}

// compoundMention reports a state's word closed by a compound's suffix
// ("Panama-flagged", "Marshall Islands-flagged"): no larger name goes on
// past the hyphen's word.
func (a *analysis) compoundMention(m *placeMention) bool {
	t := a.d.toks[m.lim-1].text
	hy := hyphenAt(t)
	return hy >= 0 && compoundSuffixes.has(strings.ToLower(t[hy+1:]))
}

// tagStatePair marks both states of a hyphened pair of state words at
// token i, its hyphen at hy: "the Russia-Ukraine war", "German-Dutch
// cooperation", "US-China talks". Both halves must be a state's own
// unambiguous name or adjective ("Guinea-Bissau" is one state's name,
// matched whole before).
func (a *analysis) tagStatePair(i, hy int) {
	t := a.d.toks[i].text
	left, right := t[:hy], t[hy+1:]
	if strings.ContainsRune(right, '-') || right == "" || right[0] < 'A' || right[0] > 'Z' {
		return
	}
	l, r := a.stateSurface(left), a.stateSurface(right)
	if l < 0 || r < 0 || a.lx.surfaces[l].code == a.lx.surfaces[r].code {
		return
	}
	for _, v := range []int{l, r} {
		s := a.lx.surfaces[v]
		a.places = append(a.places, placeMention{first: i, lim: i + 1, code: s.code, kind: s.kind, state: true})
	}
	a.placeAt[i] = int32(len(a.places) - 2)
}

// stateSurface returns the surface of the state's own name, alias or
// adjective that w is whole, or -1.
func (a *analysis) stateSurface(w string) int {
	toks := tokensOf(w)
	vals, lim := a.lx.placeTrie.match(toks, 0, false)
	if lim != len(toks) || len(vals) == 0 {
		return -1
	}
	for _, v := range vals {
		if s := a.lx.surfaces[v]; s.kind != sPlace && s.kind != sCapital && !s.ambiguous {
			return v
		}
	}
	return -1
}
