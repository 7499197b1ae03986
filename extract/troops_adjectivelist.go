package extract

// listedDemonymPairsEnd steps from j, the token after a first "N
// Bangladeshi", over the further "M Pakistani" pairs a comma lists before
// the last pair's "and": "about 1,300 Bangladeshi, 1,200 Pakistani and
// 1,100 Nepalese troops" shares "troops" among three states. It returns
// the token of that "and", or j when no such list follows.
func (a *analysis) listedDemonymPairsEnd(j int) int {
	toks := a.d.toks
	e := j
	for e+2 < len(toks) && toks[e].text == "," && toks[e+1].kind == tNum {
		m, ok := a.d.parseNumber(e + 1)
		if !ok || m.age || m.vague || a.isYear(m) || m.lim >= len(toks) || a.placeAt[m.lim] < 0 {
			return j
		}
		p := a.places[a.placeAt[m.lim]]
		if !p.state || p.kind != sAdjective {
			return j
		}
		e = p.lim
	}
	if e > j && e < len(toks) && toks[e].lower == "and" {
		return e
	}
	return j
}
