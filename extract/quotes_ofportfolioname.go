package extract

// ofPortfolioSpeaker reads `," Minister for Defence NAME said` after a
// quote: a title whose portfolio follows "for" or "of" ends the noun phrase
// early, so the name after it went unread and the quote was lost (r29e).
// Only title words (and "for", "of", "and" between them) may stand before
// the name, and a speech verb must follow the name.
func (a *analysis) ofPortfolioSpeaker(i int) (speaker, string, int, bool) {
	toks := a.d.toks
	joined := false
	for k := i; k < len(toks) && k < i+8; k++ {
		if mi := a.personAt[k]; mi >= 0 {
			m := a.mentions[mi]
			v := int(m.lim)
			if !joined || int(m.first) != k || v >= len(toks) || a.speechVerbAt(v) != v {
				return speaker{}, "", 0, false
			}
			p := a.people[m.person]
			return speaker{name: p.name, person: p}, toks[v].lower, v + 1, true
		}
		switch {
		case k > i && (toks[k].lower == "for" || toks[k].lower == "of"):
			joined = true
		case k > i && toks[k].lower == "and":
		case toks[k].kind == tWord && toks[k].cap && a.titleWordAt(k) || joined && toks[k].kind == tWord && toks[k].cap:
		default:
			return speaker{}, "", 0, false
		}
	}
	return speaker{}, "", 0, false
}
