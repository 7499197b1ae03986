package extract

// tradeNouns name a trade, not an office, after a state's adjective
// (words_people.tsv origin-trade): "Danish diplomat NAME" says where the
// diplomat comes from.
var tradeNouns = wordList("origin-trade")

// bodyTitleBeforeTrade returns the international body of a definite title
// set before a comma ahead of a state's adjective and a trade noun: "The
// head of the OSCE mission, Danish diplomat NAME," holds the body's
// office; the adjective is the person's origin, no state's office. ""
// when the title before names no such body ("The new ambassador, French
// diplomat NAME": a state's envoy).
func (a *analysis) bodyTitleBeforeTrade(r *role) string {
	toks := a.d.toks
	k := r.titleLo - 1
	if k >= 0 && k < len(toks) && a.placeAt[k] >= 0 {
		k = a.places[a.placeAt[k]].first - 1 // past the adjective, left out of the title
	}
	if r.rule != ruleTitleBefore || r.country == "" || r.org != "" || !tradeNouns.has(r.head) || k < 2 || k >= len(toks) || toks[k].text != "," {
		return ""
	}
	j := k - 1
	for j > 0 && j > k-10 && toks[j-1].sent == toks[k].sent && toks[j-1].text != "," {
		j--
	}
	if toks[j].lower != "the" {
		return "" // "Officials said on Monday, Danish diplomat NAME ..."
	}
	body, head := "", false
	for i := j + 1; i < k; i++ {
		if kind := a.roleKind(i); kind == rHead || kind == rWeak {
			head = true
		}
		if g, ok := a.orgAtTok(i); ok && a.lx.orgs[g.org].Kind == "intl" {
			body = a.lx.orgs[g.org].Name
		}
	}
	if !head {
		return ""
	}
	return body
}
