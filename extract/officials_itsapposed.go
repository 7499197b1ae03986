package extract

// itsApposedBody returns the name set off by commas after a body's type
// noun that opens the sentence before "Its": "The utility, K-Electric, said
// in a statement ... Its spokesperson, NAME, said" is K-Electric's
// spokesperson, not the state's (r29f). The type is a firm's trade or a
// body that is no state's; "" otherwise.
func (a *analysis) itsApposedBody(r *role) string {
	toks := a.d.toks
	prev, ok := a.sentenceBeforeIts(r)
	if !ok || toks[prev.first].lower != "the" {
		return ""
	}
	k := prev.first + 1
	for k < prev.lim && k <= prev.first+3 && toks[k].kind == tWord && !toks[k].cap {
		k++
	}
	n := k - 1
	if n <= prev.first || k >= prev.lim || toks[k].text != "," || !(firmNouns.hasToken(&toks[n]) || a.nonStateNoun(n)) {
		return ""
	}
	lo := k + 1
	e := lo
	for e < prev.lim && toks[e].kind == tWord && toks[e].cap {
		e++
	}
	if e == lo || e >= prev.lim || toks[e].text != "," || a.placeAt[lo] >= 0 || a.personAt[lo] >= 0 {
		return ""
	}
	return stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])
}
