package extract

// ofInCapitalisedAfter reads the "of" inside a capitalised body's name
// that opens an apposition before its role noun: "NAME, Ohio Department
// of Health spokeswoman," as "Ohio Department of Health spokeswoman NAME"
// reads before a name. The role noun must follow the capitalised words
// after "of" closely; an "of" after the role noun is a complement, read
// elsewhere.
func ofInCapitalisedAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].lower != "of" || s.w.hasHead || len(s.words) == 0 || s.words[len(s.words)-1] != k-1 || !toks[k-1].cap ||
		k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord {
		return k, stepPass
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].kind == tWord && a.personAt[e] < 0 {
		e++
	}
	if e == k+1 || !a.roleAhead(e, 3) {
		return k, stepPass
	}
	s.words = append(s.words, k)
	return k + 1, stepTake
}
