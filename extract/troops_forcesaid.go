package extract

// A state's force telling the personnel it puts somewhere: "Indonesian
// police said 2,100 officers would guard the venue". "officers" alone may
// be any body's; a subject that opens the sentence with a state and ends
// in a force's body, the speaker of the verb right before the figure,
// makes them that state's (the state is the one acting in the clause).

// forceSaid reports weak personnel of the figure n told by a force's body
// as its own: "N of its NOUN" (ownForceSaid), or plain "N NOUN" when the
// body is a state's (stateForceSaid).
func (a *analysis) forceSaid(n number) bool {
	return a.ownForceSaid(n) || a.stateForceSaid(n)
}

// stateForceSaid reports the figure n right after a verb of saying whose
// subject, opening the sentence, names a state and ends in a force's body:
// "Indonesian police said 2,100 officers", "Kenya's army said 300
// engineers"; not "Chicago police said 40 officers", a city's.
func (a *analysis) stateForceSaid(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	from := a.d.sents[toks[n.first].sent].first
	if k < from+1 || toks[k].kind != tWord || a.lx.speech[toks[k].lower] == "" || !forceBodies.hasToken(&toks[k-1]) {
		return false
	}
	for j := from; j < k-1; j++ {
		if t := &toks[j]; t.kind != tWord && t.lower != "'s" || a.lx.speech[t.lower] != "" {
			return false // one subject before the verb: "The Georgian police"
		}
	}
	return a.actingState(from, k, false) != ""
}
