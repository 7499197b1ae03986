package extract

// themGlossTroops reads "N of them" set off after a dash or a comma as the
// size of the personnel that a verb of deploying earlier in the sentence
// moves: "Armenia would deploy its own border guards to the crossing — 120
// of them, replacing ...", "Baku has pulled its special forces back from
// the line, some 700 of them". The gloss closes right after "them"; no
// other figure stands between; "of them were killed" is a toll, left to
// the rules of deaths. A share of the personnel told by a state's
// adjective before the gloss is that state's: "Of the troops taking part,
// the bulk are Kazakh — about 2,400 of them".
func (a *analysis) themGlossTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || e+2 >= len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" || n.hedge < 1 || a.isYear(n) {
		return Troops{}, false
	}
	if w := toks[n.hedge-1].text; w != "—" && w != "–" && w != "," {
		return Troops{}, false
	}
	c := atOneTimeAfter(toks, e+2) // "some 140 of them at any given time."
	if c >= len(toks) || toks[c].kind != tPunct || toks[c].sent != toks[n.first].sent && toks[c].text != "." {
		return Troops{}, false // the gloss closes: "— 120 of them, replacing"
	}
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 2; k >= first; k-- {
		if toks[k].kind == tNum && !a.yearAt(k) {
			return Troops{}, false // another figure between
		}
		vals, lim := a.lx.personnel.match(toks, k, true)
		if lim == 0 || a.isCasualty(k, lim) {
			continue // a weak noun ("guards") is licensed by the verb
		}
		share := a.stateShareBefore(n.hedge - 1)
		if !a.deployVerbBefore(k, first, 5) && share == "" {
			return Troops{}, false
		}
		country := a.troopCountry(k, lim, false)
		if share != "" {
			country = share // "Of the troops taking part, the bulk are Kazakh — about 2,400 of them"
		}
		if country == "" && a.lx.personnelWeak[vals[0]] {
			return Troops{}, false // "The company would send its engineers to the site, 120 of them"
		}
		return a.makeTroops(n, c, country, a.d.text[toks[k].start:toks[lim-1].end], rule), true
	}
	return Troops{}, false
}

// deployVerbBefore reports a verb of deploying (or of moving men) within
// span words before token k, and not before first: "would deploy its own
// border guards", "has pulled its special forces".
func (a *analysis) deployVerbBefore(k, first, span int) bool {
	toks := a.d.toks
	for j := k - 1; j >= first && j >= k-span; j-- {
		if deployVerbs.hasToken(&toks[j]) || menVerbs.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// shareWords name the part of a whole that a state's adjective then
// owns: "the bulk are Kazakh", "most are Russian".
var shareWords = closedSet("bulk", "most", "majority", "many", "half")

// stateShareBefore returns the state of "the bulk are Kazakh" ending right
// before the gloss's dash or comma at o, else "".
func (a *analysis) stateShareBefore(o int) string {
	toks := a.d.toks
	j := o - 1
	if j < 3 || a.placeAt[j] < 0 {
		return ""
	}
	m := a.places[a.placeAt[j]]
	if m.kind != sAdjective || m.lim != o || m.code == "" {
		return ""
	}
	b := m.first - 1
	if w := toks[b].lower; w != "are" && w != "were" || !shareWords.hasToken(&toks[b-1]) {
		return ""
	}
	return m.code
}

// atOneTimeAfter returns the end of a phrase of simultaneity at j that
// may close a gloss, "at any given time", "at any one time", "at a
// time", "at once", or j when none: the figure is those serving at once.
func atOneTimeAfter(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].lower != "at" {
		return j
	}
	if toks[j+1].lower == "once" {
		return j + 2
	}
	k := j + 1
	if toks[k].lower != "any" && toks[k].lower != "a" {
		return j
	}
	k++
	if k < len(toks) && toks[j+1].lower == "any" && (toks[k].lower == "given" || toks[k].lower == "one") {
		k++
	}
	if k < len(toks) && toks[k].lower == "time" {
		return k + 1
	}
	return j
}
