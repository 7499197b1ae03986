package extract

// A bare number a state holds "there", its subject a pronoun for the
// state whose personnel the clause before named: "Ankara has kept troops
// in northern Iraq for years; it now has an estimated 4,000 there",
// "Britain has had soldiers in Estonia since 2017. It keeps about 900
// there". The personnel are the clause before's, the state its subject's.

// holdThereVerbs are the verbs of a state holding personnel in a place
// (words_troops.tsv hold-there).
var holdThereVerbs = wordList("hold-there")

// itHoldsThere reads the number n after "it/they (now) has/keeps" and
// before "there", with personnel named before it in its sentence or the
// one before, of the first state of those words.
func (a *analysis) itHoldsThere(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || n.lim >= len(toks) || toks[n.lim].lower != "there" || !holdThereVerbs.hasToken(&toks[k]) || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	p := k - 1
	if w := toks[p].lower; w == "now" || w == "still" || w == "currently" || w == "already" {
		p--
	}
	if w := toks[p].lower; w != "it" && w != "they" {
		return Troops{}, false
	}
	u, at := a.nearbyPersonnel(n.first, n.lim)
	if u == "" || at > p || a.isCasualty(at, at+1) {
		return Troops{}, false
	}
	for i := a.d.sents[toks[at].sent].first; i < p; i++ {
		if c, ok := a.stateAt(i); ok {
			return a.makeTroops(n, n.lim, c, u, rule), true
		}
	}
	return Troops{}, false
}
