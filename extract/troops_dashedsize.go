package extract

// ruleTroopDashedSize names the size of a force given in an aside set off
// by dashes or brackets right after the force's phrase.
const ruleTroopDashedSize = "force-dashed-size"

// estimateWords may open the aside before its figure: "— several
// hundred, perhaps 900 —".
var estimateWords = wordList("aside-estimate")

// dashedForceSize reads a bare figure in an aside set off by a dash or a
// bracket after the force that opens the sentence: "The Turkmen
// contingent sent to the Afghan border — "several hundred, perhaps 900," a
// diplomat said — had not been announced", "The Kazakh battalion (about
// 400) will stay". The aside holds only words of estimating and quote
// marks before the figure, and closes right after it; the force's phrase
// holds no other count. A state's whole army ("The army — 40,000 —") is
// no deployment; a group is no force by its name.
func (a *analysis) dashedForceSize(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	o := n.hedge - 1
	for o > 0 && (estimateWords.hasToken(&toks[o]) || toks[o].text == "," || quoteMarkText(toks[o].text)) {
		o--
	}
	if o < 1 || n.lim >= len(toks) || a.isYear(n) {
		return Troops{}, false
	}
	if w := toks[o].text; w != "—" && w != "–" && w != "(" {
		return Troops{}, false
	}
	if w := toks[n.lim].text; w != "," && w != "—" && w != "–" && w != ")" && !quoteMarkText(w) {
		return Troops{}, false // the aside closes on the figure: not "— 900 tanks"
	}
	s := a.d.sents[toks[n.first].sent]
	for k := s.first; k < o && k <= s.first+4; k++ {
		t := &toks[k]
		if !forceNouns.hasToken(t) || standingForces.hasToken(t) || t.lower == "group" || t.lower == "batch" {
			continue
		}
		for j := k + 1; j < o; j++ {
			if toks[j].kind == tNum && !a.bareYear(j) || toks[j].kind == tPunct && toks[j].text != "-" {
				return Troops{}, false // the force's phrase runs unbroken up to the aside
			}
		}
		country, _ := a.forceNounState(k)
		return a.makeTroops(n, n.lim, country, t.text, rule), true
	}
	return Troops{}, false
}
