package extract

// ordinalAsideDeath reads an ordinal that stands for the next victim of
// victims counted before it, with an aside saying who it was before the
// verb of death: "three died at the scene and a fourth, a 16-year-old
// girl, died overnight" is 4 dead so far. "A fourth victim died" is read
// as a listed victim; the aside, which keeps the ordinal apart from its
// verb, is read here. An aside that holds a word of death or injury ("a
// fourth, wounded in the chest, died") or a verb of hurt ("a fourth, a
// boy, was injured") is none, and so is an ordinal with no death before
// it in its sentence ("she finished first and a second, a Kenyan, died"
// ranks runners).
func (a *analysis) ordinalAsideDeath(i int) (Deaths, bool) {
	toks := a.d.toks
	if toks[i].kind == tWord && !a.figureClass(i, fcOrdinal) {
		return Deaths{}, false
	}
	v := ordinalValue(toks[i])
	if v < 2 || i < 1 || i+3 >= len(toks) || toks[i+1].text != "," {
		return Deaths{}, false
	}
	if w := toks[i-1].lower; w != "a" && w != "an" {
		return Deaths{}, false // "the fourth, ..." may rank anything
	}
	e := a.asideEnd(i + 1)
	if e < 0 || !a.deathBefore(i) {
		return Deaths{}, false
	}
	for e+1 < len(toks) && (beAux.hasToken(&toks[e]) || haveAux.hasToken(&toks[e]) || isAdverb(toks[e]) || toks[e].lower == "later") {
		e++
	}
	kinds, lim := a.deathKindsAt(e)
	if hasKind(kinds, dHurt) || !hasKind(kinds, dIntrans) && !hasKind(kinds, dPassive) {
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, i-1, lim, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}

// asideEnd returns the index after the comma that closes an aside opened
// by the comma at c, words, numbers and hyphens only and no word of death
// or injury, within a dozen tokens of the same sentence; -1 when none.
func (a *analysis) asideEnd(c int) int {
	toks := a.d.toks
	for k := c + 1; k < len(toks) && k < c+12 && toks[k].sent == toks[c].sent; k++ {
		if toks[k].text == "," {
			if k == c+1 {
				return -1
			}
			return k + 1
		}
		if toks[k].kind != tWord && toks[k].kind != tNum && toks[k].text != "-" {
			return -1
		}
		if kinds, _ := a.deathKindsAt(k); kinds != 0 {
			return -1
		}
	}
	return -1
}
