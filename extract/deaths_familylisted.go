package extract

// A family counted "of N" as an item of a list of the dead: "The fire
// killed two firefighters and a family of five", "Among the dead were
// two volunteers and a family of five whose car was caught by the
// flames". familyOf reads the family right after the verb of killing.

// familyListed reports the word o before "a family of" as the joint of a
// list of the dead, "and" or a comma after words of killing in its
// sentence with no word of hurt nearer, or the verb after "Among the
// dead". The family ends its item: "and a family of five lost their
// home" opens a clause of its own.
func (a *analysis) familyListed(o, of int) bool {
	toks := a.d.toks
	if n, ok := a.d.parseNumber(of + 1); !ok || n.lim < len(toks) && toks[n.lim].kind == tWord && !familyItemEnds.hasToken(&toks[n.lim]) {
		return false
	}
	if a.amongDeadWereAt(o) {
		return true // "Among the dead were a family of five", "Among the dead in Tyre were ..."
	}
	if toks[o].lower != "and" && toks[o].text != "," {
		return false
	}
	s := a.d.sents[toks[o].sent]
	for j := o - 1; j >= s.first; j-- {
		if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dHurt) {
			return false // "killed two and injured a family of five"
		}
		if killingWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// familyItemEnds may follow the family of an item of a list of the dead:
// "a family of five whose car ...", "a family of four from Talca".
var familyItemEnds = closedSet("whose", "who", "in", "on", "at", "from", "near", "and", "including", "among", "when", "travelling", "traveling")
