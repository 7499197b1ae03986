package extract

import "sort"

// woundOrDeath reports a figure that rests only on a verb that may wound
// as well as kill ("a gunman gunned down four friends") in an article that
// states no death in plainer words: such a story is of a shooting, and the
// figure counts the people shot. Where the article says "killed", "dead",
// "died" or "homicide" anywhere, the verb keeps its usual sense.
func (a *analysis) woundOrDeath(d Deaths) bool {
	toks := a.d.toks
	k := sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= d.Start })
	ambiguous := false
	for ; k < len(toks) && int(toks[k].start) < d.End; k++ {
		switch {
		case sureDeathWords()[toks[k].lower]:
			return false
		case woundOrDeathWords()[toks[k].lower]:
			ambiguous = true
		}
	}
	return ambiguous && !a.statesDeath()
}

// statesDeath reports a word that surely states a death anywhere in the
// article, not denied ("attempted murder").
func (a *analysis) statesDeath() bool {
	toks := a.d.toks
	for k, t := range toks {
		if sureDeathWords()[t.lower] && (k == 0 || !deniedDeaths()[toks[k-1].lower]) {
			return true
		}
	}
	return false
}

// woundOrDeathWords may wound or kill: "gunned down".
var woundOrDeathWords = wordList("wound-or-death")

// sureDeathWords state a death in any sense they have.
var sureDeathWords = wordList("sure-death")
