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
