package extract

// A dashed aside between counted victims and their verb: "two men — one
// of them a city aide — were killed", "five people -- including a
// pregnant woman -- died", "two teenagers (a 14-year-old and an
// 18-year-old) were fatally shot". The aside tells who the victims were;
// the count before it is the figure, as it is before an aside between
// commas (asideAfterVictims).

// dashedAsideEnd returns the index after an aside that a dash ("—", "–",
// "--") or a parenthesis opens at j and the same mark closes within
// fifteen tokens, when a verb of being or of dying follows it; else j.
// An aside that holds a word of death or injury, a quote or a semicolon
// is a clause of its own ("two men — one was killed — were hurt").
func (a *analysis) dashedAsideEnd(j int) int {
	toks := a.d.toks
	open, w := dashAt(toks, j)
	if w == 0 {
		return j
	}
	closer := open
	if open == "(" {
		closer = ")"
	}
	for e := j + w; e < len(toks) && e < j+16 && toks[e].sent == toks[j].sent; e++ {
		if kinds, _ := a.deathKindsAt(e); kinds != 0 || toks[e].kind == tQuote || toks[e].text == ";" {
			return j
		}
		c, cw := dashAt(toks, e)
		if cw == 0 {
			continue
		}
		if c != closer || e == j+w {
			return j
		}
		end := e + cw
		if end < len(toks) && (beAux.hasToken(&toks[end]) && toks[end].lower != "being" || haveAux.hasToken(&toks[end]) || a.diedNext(end)) {
			return end
		}
		return j
	}
	return j
}

// dashAt returns the mark of a dash or parenthesis at j and the number of
// tokens it spans ("--" is two "-"; a "-" spaced on both sides is one), else "" and 0.
func dashAt(toks []token, j int) (string, int) {
	switch t := toks[j].text; t {
	case "—", "–", "(", ")":
		return t, 1
	case "-":
		if j+1 < len(toks) && toks[j+1].text == "-" {
			return "--", 2
		}
		if j+1 < len(toks) && toks[j].spaceBefore && toks[j+1].spaceBefore {
			return "-", 1 // a hyphen typed for a dash, spaced: "three officers - a captain and two lieutenants -"
		}
	}
	return "", 0
}
