package extract

// A force's body telling its own strength: "The Japan Coast Guard said
// 1,800 of its officers were taking part in the search". "officers" alone
// may be any body's; "its" that stands for a force's body, the subject of
// the verb of saying right before the figure, makes them its personnel.

// ownForceSaid reports the figure n counted as "N of its NOUN" right after
// a verb of saying whose subject, opening the sentence, ends in a force's
// body ("coast guard", "police", "army").
func (a *analysis) ownForceSaid(n number) bool {
	toks := a.d.toks
	if n.lim+1 >= len(toks) || toks[n.lim].lower != "of" || toks[n.lim+1].lower != "its" {
		return false
	}
	k := n.hedge - 1
	from := a.d.sents[toks[n.first].sent].first
	if k < from+2 || a.lx.speech[toks[k].lower] == "" || toks[k].kind != tWord {
		return false
	}
	for j := from; j < k-1; j++ {
		if t := &toks[j]; t.kind != tWord || a.lx.speech[t.lower] != "" {
			return false // one subject before the verb: "The Japan Coast Guard"
		}
	}
	return forceBodies.hasToken(&toks[k-1])
}
