package extract

// saidAsideSpeaker reads an inverted attribution set off by commas inside
// the sentence before its quote: "The new plan, said council spokesman
// NAME, would "…"", "Its replacement, says NAME, had "…"". The name right
// after the verb (past a title: capitalised or role words, and lower-case
// modifiers of a role, "group spokesman") closes the aside; the sentence's subject before it is what the speaker talks about.
func (a *analysis) saidAsideSpeaker(v int) (speaker, bool) {
	toks := a.d.toks
	if !a.speechVerbAfterComma(v) || a.lx.speech[toks[v].lower] == "tell" {
		return speaker{}, false
	}
	modifier := false // a lower-case word that is no role: "group" in "group spokesman"
	for n := v + 1; n < len(toks) && n <= v+7; n++ {
		if mi := a.personAt[n]; mi >= 0 {
			m := a.mentions[mi]
			if modifier || int(m.first) != n || int(m.lim) >= len(toks) || toks[m.lim].text != "," {
				return speaker{}, false
			}
			return a.personSpeaker(a.people[m.person], n), true
		}
		if toks[n].kind != tWord && toks[n].text != "." || a.quoteAt[n] >= 0 {
			return speaker{}, false
		}
		switch {
		case a.lx.roleOf(toks[n].lower) != 0:
			modifier = false
		case !toks[n].cap && !a.titleWordAt(n):
			modifier = true
		}
	}
	return speaker{}, false
}
