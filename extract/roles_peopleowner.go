package extract

// peopleOwnerAt reports "'s" at n after a plural noun for people that
// owns the body's noun after it: "the Mbour fishermen's association",
// "the Lagos market women's guild" are their members' bodies (r29d).
func (a *analysis) peopleOwnerAt(n int) bool {
	toks := a.d.toks
	if n < 1 || n+1 >= len(toks) || toks[n].lower != "'s" || toks[n].spaceBefore {
		return false
	}
	p := &toks[n-1]
	return !p.cap && p.kind == tWord && (humanNouns.hasToken(p) || peopleNounPlural(p.lower)) && a.nonStateNoun(n+1)
}

// peopleNounPlural reports a plural of "-man" or "-woman" that takes
// "'s": "fishermen", "businesswomen".
func peopleNounPlural(w string) bool {
	return len(w) > 3 && (w[len(w)-3:] == "men")
}
