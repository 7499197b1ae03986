package extract

// amongStatesFronted reports "among" at k opening a sentence's fronted
// phrase, closed by a comma within a few words, after which a state is
// the subject: "Among European states, Italy had 1,020 blue helmets
// deployed", "Among Europeans, Italy had ...". The phrase ranks the
// state among others; it counts no dead, as "among them three soldiers"
// does.
func (a *analysis) amongStatesFronted(k int) bool {
	toks := a.d.toks
	if !toks[k].sentStart {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].sent == toks[k].sent; j++ {
		if toks[j].text == "," {
			c, ok := a.stateAt(j + 1)
			return ok && c != "" && a.places[a.placeAt[j+1]].kind != sAdjective
		}
		if toks[j].kind != tWord || casualtyWords.hasToken(&toks[j]) {
			return false // "Among the dead, ..."
		}
	}
	return false
}
