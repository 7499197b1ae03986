package extract

// partyKinds name a political grouping: "the Sadrist movement", "the
// ruling alliance" (words_people.tsv party-kind).
var partyKinds = wordList("party-kind")

// groupingFromName returns the token after a legislator's grouping named
// after "from" when no gazetteer holds it, capitalised words from j (e where the caller's reading ended): the
// name with its noun after it ("the Sadrist movement") or with an
// apposition that calls it one ("the Coordination Framework, the ruling
// Shi'ite alliance" ends after "Framework"); else -1.
func (a *analysis) groupingFromName(j, e int) int {
	toks := a.d.toks
	for e < len(toks) && e < j+4 && toks[e].kind == tWord && toks[e].cap && toks[e].para == toks[j].para {
		e++ // a name read as a person's may still be the grouping's: "the Progress Bloc, the ruling alliance"
	}
	if e <= j || e >= len(toks) {
		return -1
	}
	if partyKinds.hasToken(&toks[e]) && !toks[e].cap {
		return e + 1
	}
	if toks[e].text != "," || e+1 >= len(toks) || toks[e+1].lower != "the" {
		return -1
	}
	for k := e + 2; k < len(toks) && k <= e+7; k++ {
		t := &toks[k]
		if partyKinds.hasToken(t) && !t.cap {
			return e
		}
		if t.kind != tWord && t.text != "'" && t.text != "’" || t.para != toks[e].para {
			return -1
		}
	}
	return -1
}
