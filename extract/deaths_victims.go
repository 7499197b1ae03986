package extract

// Victims counted with "the": "the 120 victims of the ferry sinking", "Of
// the 19 victims named so far, 11 were children". Victims may be the hurt
// as well as the dead ("the four victims were taken to hospital"), so the
// count is a death figure only where the article tells of no one hurt and
// either tells of deaths or names a deadly event of the victims.

// ruleDeathVictims names the figures of counted victims.
const ruleDeathVictims = "dead-victims"

// deadVictims reads "the N victims" at the number n: "Relatives of the 57
// victims of the mine collapse gathered", "The 120 victims were buried",
// not "the 40 victims of the fraud" or victims in an article that tells
// of anyone hurt. (The whole of "two of the four victims died" is no
// figure before this rule: victimsOfWhole.)
func (a *analysis) deadVictims(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 0 || toks[k].lower != "the" || n.lim >= len(toks) || toks[n.lim].lower != "victims" {
		return Deaths{}, false
	}
	if !a.victimsDeadAt(n.lim) || a.hypotheticalBetween(n.first, n.lim) {
		return Deaths{}, false
	}
	return a.makeDeath(n, k, n.lim+1, rule), true
}

// victimsDeadAt reports the victims at v (the token "victims") as dead:
// the article tells of no one hurt, and "of" after them names a deadly
// event ("of the mine collapse") or, with no "of", the article tells of
// deaths or of the offices of the dead (a coroner, a morgue).
func (a *analysis) victimsDeadAt(v int) bool {
	toks := a.d.toks
	if !a.noneHurt() {
		return false
	}
	if e := v + 1; e < len(toks) && toks[e].lower == "of" {
		return a.deadlyEventAfter(e + 1)
	}
	if a.killingEarlier(len(toks)) || a.victimsComposed(v) {
		return true // (deaths_victimscomposed.go)
	}
	for k := range toks {
		if deathOffices.hasToken(&toks[k]) {
			return true // "Of the 23 victims identified, 14 were women, the coroner's office said"
		}
	}
	return false
}

// deathOffices are words that only the dead bring to an article: "the
// coroner", "the morgue", "the funerals".
var deathOffices = wordList("death-office")

// noneHurt reports an article that tells of no one hurt, in care or left
// alive: no word of injury, arrest or captivity, of a hospital or of
// survival ("survivors", "expected to survive"). Victims in it are the dead. Found on first use.
func (a *analysis) noneHurt() bool {
	if a.noHurt == nil {
		none := true
		toks := a.d.toks
		for k := 0; k < len(toks) && none; k++ {
			if toks[k].kind != tWord {
				continue
			}
			kinds, _ := a.deathKindsAt(k)
			none = !hasKind(kinds, dHurt) && !hospitalWords.hasToken(&toks[k]) && !leftAliveWords.hasToken(&toks[k]) &&
				toks[k].lower != "survivors" && toks[k].lower != "survivor" && !a.survivalAt(k)
		}
		a.noHurt = &none
	}
	return *a.noHurt
}
