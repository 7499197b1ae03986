package extract

// commaClauseAt reports a subordinator at k after a comma that opens a
// clause of its own, with the figure after it for its subject: "passed a
// law giving the regulator power to suspend channels, as about 2,500 riot
// police sealed off the avenue". A word of loss before the comma belongs
// to the other clause. "As well as" and "as many as" join or hedge a
// figure and open no clause: "killed three civilians, as well as 12
// soldiers".
func (a *analysis) commaClauseAt(k int) bool {
	toks := a.d.toks
	if k < 1 || k+1 >= len(toks) || toks[k-1].text != "," || !subordinators.hasToken(&toks[k]) {
		return false
	}
	if toks[k].lower == "as" {
		switch toks[k+1].lower {
		case "well", "many", "much", "few", "little", "of":
			return false
		}
	}
	return true
}
