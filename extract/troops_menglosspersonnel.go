package extract

// Men in apposition to personnel counted by no number: "Two companies of
// Turkish soldiers, some 240 men, were sent to put up tents". The men
// count the soldiers the phrase before the comma names; formationMen
// reads the same apposition after a formation's noun ("Two brigades,
// about 8,000 men,").

// menGlossPersonnel reports a strong personnel noun right before the
// comma at k, with no number of its own just before it ("300 soldiers,
// some 240 men" gives two figures, not a gloss), and no word of casualty
// or capture before it in the sentence ("Police detained the soldiers,
// about 90 men,": captives, no force).
func (a *analysis) menGlossPersonnel(k int) bool {
	toks := a.d.toks
	if k < 2 || toks[k].text != "," {
		return false
	}
	if _, ok := a.strongPersonnelAt(k - 1); !ok || toks[k-1].lower == "forces" || toks[k-1].lower == "force" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].kind == tNum {
			return false
		}
	}
	for j := a.d.sents[toks[k].sent].first; j < k; j++ {
		if casualtyWords.hasToken(&toks[j]) || casualtyBefore.hasToken(&toks[j]) {
			return false
		}
	}
	return true
}
