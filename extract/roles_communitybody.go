package extract

// communityNouns follow the name of an ethnic or religious community
// (words_people.tsv community-noun).
var communityNouns = wordList("community-noun")

// communityBody reports a capitalised body's name [j, e) whose words
// before its head name a community the story writes as such: "a spokesman
// for the Kuki-Zo Council" after "the largely Christian Kuki-Zo community"
// speaks for the community's council, no state's (r29f).
func (a *analysis) communityBody(j, e int) bool {
	toks := a.d.toks
	n := e - 1 - j // the name's words before its head
	if n < 1 || n > 3 || e > len(toks) {
		return false
	}
	for k := 0; k+n < len(toks); k++ {
		if k == j || !communityNouns.hasToken(&toks[k+n]) || toks[k+n].cap {
			continue
		}
		same := true
		for i := 0; i < n && same; i++ {
			same = toks[k+i].text == toks[j+i].text
		}
		if same && a.placeAt[k] < 0 {
			return true
		}
	}
	return false
}

// pastThe returns k, or the token after it when k is "the".
func (a *analysis) pastThe(k int) int {
	if k+1 < len(a.d.toks) && a.d.toks[k].lower == "the" {
		return k + 1
	}
	return k
}
