package extract

// suicideAfter reports a suicide told right after the victims of a verb
// that kills only "to death" ("shot", "stabbed"), ending at e: "shot
// his wife and her parents before turning the gun on himself", "stabbed
// his sister and her husband and then took his own life". A killer who
// then kills himself has killed those he shot; the verb alone ("shot his
// wife") may only have wounded her.
func (a *analysis) suicideAfter(e int) bool {
	toks := a.d.toks
	k := e
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && (toks[k].lower == "before" || toks[k].lower == "and") {
		k++
	}
	if k < len(toks) && toks[k].lower == "then" {
		k++
	}
	if k == e || k >= len(toks) || toks[k].sent != toks[e-1].sent {
		return false
	}
	if _, ok := a.selfKilling(k); ok {
		return true
	}
	// "before killing himself", "and then killed herself"
	w := toks[k].lower
	return (w == "killing" || w == "killed" || w == "shooting") && k+1 < len(toks) && (toks[k+1].lower == "himself" || toks[k+1].lower == "herself")
}
