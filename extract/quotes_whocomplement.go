package extract

// titleComplementTo reports the words [k, e) after an apposition's title
// as its complement, a preposition and a body's or state's name, so that
// a relative "who" after them still stands for the title's holder: "NAME,
// a vice minister of the North's Ministry of National Defence, who
// accused" (whoAfterTitle), also where the title read stops at a
// possessive inside it ("of the North" + "'s Ministry ..."). A verb, a quote or a clause word in between
// makes it a clause of its own.
func (a *analysis) titleComplementTo(k, e int) bool {
	toks := a.d.toks
	if k >= e || !complementPreps.hasToken(&toks[k]) && toks[k].lower != "in" && toks[k].lower != "'s" {
		return false
	}
	for j := k + 1; j < e; j++ {
		t := toks[j]
		switch {
		case t.lower == "'s" || a.pluralApostropheAt(j):
		case t.kind != tWord || relativeOpeners.hasToken(&t) || t.lower == "which" || t.lower == "that":
			return false
		case !t.cap && a.quoteClass(j, qcSpeech):
			return false // "of the group that said"
		}
	}
	return true
}
