package extract

import "strings"

// carrierState returns the state whose adjective opens the ship, unit or
// aircraft right before "with" and the number n: "a Greek frigate would
// join in July and a Polish support ship with 120 sailors" puts the
// sailors on the Polish ship, whatever state the sentence named first.
// Only lower-case modifiers may stand between the adjective and the noun.
func (a *analysis) carrierState(n number) string {
	toks := a.d.toks
	w := n.hedge - 1
	if w < 2 || toks[w].lower != "with" {
		return ""
	}
	if g := w - 1; namedCarrierGroup(toks, g) || toks[g].text == "," && namedCarrierGroup(toks, g-1) {
		return "US" // "The Truman carrier strike group, with about 6,000 sailors"
	}
	if !a.carrierNoun(toks[w-1]) {
		return ""
	}
	for k := w - 2; k >= 0 && k >= w-4 && toks[k].sent == toks[w].sent; k-- {
		if c, ok := a.stateAt(k); ok {
			if strings.Contains(toks[k].text, "-") {
				return "" // "a Danish-built frigate": the builder, not the holder
			}
			if m, ok := a.placeStartingAt(a.places[a.placeAt[k]].first); ok && m.kind == sAdjective {
				return c
			}
			return ""
		}
		if toks[k].kind != tWord || toks[k].cap || toks[k].lower == "and" {
			return ""
		}
	}
	return ""
}

// carrierNoun reports a noun of what carries or groups personnel: a
// warship, any ship or vessel, a formation or a force.
func (a *analysis) carrierNoun(t token) bool {
	w := t.lower
	return isWarshipWord(t) || w == "ship" || w == "vessel" || w == "aircraft" || formationNouns.hasToken(&t) || forceNouns.hasToken(&t)
}

// usCarriers are the names US aircraft carriers go by: "Truman", "Ford".
var usCarriers = wordList("us-carrier")

// namedCarrierGroup reports "carrier strike group" ending at g after the
// capitalised name of a US carrier: "the Truman carrier strike group".
func namedCarrierGroup(toks []token, g int) bool {
	if g < 3 || toks[g].lower != "group" || toks[g-1].lower != "strike" || toks[g-2].lower != "carrier" {
		return false
	}
	return toks[g-3].cap && usCarriers.hasToken(&toks[g-3])
}
