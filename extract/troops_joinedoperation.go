package extract

// joinedOperations are security operations that weak personnel take part
// in (words_troops.tsv joined-operation).
var joinedOperations = wordList("joined-operation")

// joinedOperation reports weak personnel ending at lim as the subject of
// "took part in" a security operation, past a short aside ("about 350
// officers backed by armoured vehicles took part in the operation", "some
// 300 officers from two units had taken part in the 14-hour operation"):
// those who carried out an operation were deployed for it. A search or a
// protest they take part in is no such operation.
func (a *analysis) joinedOperation(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) {
		return false
	}
	s := toks[lim].sent
	k := lim
	for ; k < len(toks) && toks[k].sent == s && k < lim+10 && toks[k].lower != "part"; k++ {
		if toks[k].text == "," && k > lim || toks[k].kind == tQuote {
			return false // the aside ends: the verb is another clause's
		}
	}
	if k+1 >= len(toks) || toks[k].lower != "part" || toks[k+1].lower != "in" || !takeForms.hasToken(&toks[k-1]) {
		return false
	}
	for j := k + 2; j < len(toks) && toks[j].sent == s && j < k+7; j++ {
		if joinedOperations.hasToken(&toks[j]) {
			return true
		}
		if t := toks[j].text; t == "," || t == ";" || t == ":" || toks[j].kind == tQuote {
			return false // "the 14-hour operation" reads on; a clause's end does not
		}
	}
	return false
}

// takeForms are the forms of "take" before "part in".
var takeForms = closedSet("take", "takes", "took", "taken", "taking")
