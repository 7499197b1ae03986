package extract

// A passive's agent after the place the personnel go to or leave: "1,000
// troops will be deployed to Haiti by Kenya", "500 soldiers were
// withdrawn from Mali by Paris". The participle governs both the place
// and the agent, so the agent sends them as it does in "sent by Kenya".

// placePrepositions open the place phrase between a participle and "by".
var placePrepositions = map[string]bool{"to": true, "into": true, "in": true, "from": true, "along": true, "for": true, "across": true}

// passivePlaceBefore reports a participle, then a preposition and a place
// phrase of no verb or punctuation, ending right before the "by" at k,
// after token lim: "deployed to the Democratic Republic of Congo by". The
// phrase ends with a name, so "sent to areas hit by" is no place.
func (a *analysis) passivePlaceBefore(lim, k int) bool {
	toks := a.d.toks
	if k < 1 || !toks[k-1].cap && a.placeAt[k-1] < 0 {
		return false
	}
	for p := k - 2; p > lim && p >= k-8; p-- {
		t := &toks[p+1]
		if t.kind == tPunct || t.kind == tQuote || t.lower == "by" || passiveBe.hasToken(t) || placeAux.hasToken(t) {
			return false
		}
		if placePrepositions[toks[p].lower] && a.participleBefore(p) {
			return true
		}
	}
	return false
}

// placeAux open a new verb, which no place phrase holds.
var placeAux = closedSet("will", "would", "has", "have", "had", "can", "could", "may", "might", "must", "should", "shall")

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = closedSet("be", "been", "being", "is", "are", "was", "were")

// participleBefore reports a past participle right before token p, or a
// troop verb after a form of "be": "were withdrawn from", "been flown to".
func (a *analysis) participleBefore(p int) bool {
	toks := a.d.toks
	return a.passiveVerbBefore(p) || p > 1 && troopVerbs.hasToken(&toks[p-1]) && passiveBe.hasToken(&toks[p-2])
}
