package extract

// oathVerbEnd returns the token after the words that follow a verb at v
// by which the subject takes an office, up to the office's first word, or
// 0: takeOfficeVerbEnd's other wordings of taking office. After a form of
// "take": "took office as", "took the oath as", "took the oath of office
// as", "took his oath as"; after "is" or "was" (take false):
// "was installed as", "was inaugurated as", "was confirmed as", "was
// elected as".
func (a *analysis) oathVerbEnd(v int, take bool) int {
	toks := a.d.toks
	at := func(words ...string) bool {
		if v+1+len(words) > len(toks) {
			return false
		}
		for n, w := range words {
			if toks[v+1+n].lower != w {
				return false
			}
		}
		return true
	}
	if !take {
		if x := toks[min(v+1, len(toks)-1)].lower; (x == "installed" || x == "inaugurated" || x == "confirmed" || x == "elected") && at(x, "as") {
			return v + 3
		}
		return 0
	}
	switch {
	case at("office", "as"):
		return v + 3
	case at("the", "oath", "as"), at("his", "oath", "as"), at("her", "oath", "as"):
		return v + 4
	case at("the", "oath", "of", "office", "as"):
		return v + 6
	}
	return 0
}
