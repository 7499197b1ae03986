package extract

// amongDeployedPart reports "among" at k opening ", among them" after a
// figure of personnel in a sentence that tells no casualty before it: "About
// 350 police officers took part in the operation, among them 90 Jamaican
// police and soldiers" counts a part of a deployment, as "including"
// does, where "Ten soldiers were killed, among them three officers"
// counts the dead.
func (a *analysis) amongDeployedPart(k int) bool {
	toks := a.d.toks
	if k < 3 || k+1 >= len(toks) || toks[k-1].text != "," || toks[k+1].lower != "them" && toks[k+1].lower != "whom" {
		return false
	}
	if !a.personnelFigureBefore(k) {
		return false
	}
	for j := a.d.sents[toks[k].sent].first; j < k; j++ {
		if casualtyWords.hasToken(&toks[j]) || casualtyBefore.hasToken(&toks[j]) || casualtyModAt(toks, j) {
			return false
		}
	}
	return true
}

// personnelFigureBefore reports a number right before personnel (past up
// to two modifiers) in the sentence before k: "350 officers", "400 riot
// police".
func (a *analysis) personnelFigureBefore(k int) bool {
	toks := a.d.toks
	for j := a.d.sents[toks[k].sent].first; j < k; j++ {
		if toks[j].kind != tNum {
			continue
		}
		for s := j + 1; s < k && s <= j+3; s++ {
			if _, lim := a.lx.personnel.match(toks, s, true); lim > s && lim < k {
				return true
			}
		}
	}
	return false
}
