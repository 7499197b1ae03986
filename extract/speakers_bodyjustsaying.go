package extract

import "strings"

// "The UPC said in a statement that …. "…," the group said.": a noun for
// a kind of body right after a named body spoke, in the same paragraph and
// the sentence before, stands for that body, even when an earlier
// paragraph used the noun of another ("which took over from the Wagner
// group").

// bodyJustSaying returns the body that spoke, by name, in the sentence of
// the phrase p or the one before it in its paragraph, when p's noun is a
// kind of body that name may be.
func (a *analysis) bodyJustSaying(p *npPhrase) (speaker, bool) {
	toks := a.d.toks
	if len(a.lx.bodyNounKinds[p.last.lower]) == 0 {
		return speaker{}, false
	}
	s, tok, ok := a.lastBodySaying(p.f)
	if !ok || toks[tok].para != toks[p.f].para || toks[p.f].sent-toks[tok].sent > 1 || !toks[tok].cap && toks[tok].lower != "the" {
		return speaker{}, false
	}
	if s.name == "" || strings.ToLower(s.name) == s.name || a.otherKindOfBody(s.name, p.last.lower) {
		return speaker{}, false // "the company said … the group said": a common noun is no name
	}
	return s, true
}
