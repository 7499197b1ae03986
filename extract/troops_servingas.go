package extract

// A part of a force told just before may be counted by the duty it does:
// "Russia keeps about 1,500 troops in Transnistria, including some 400
// who serve as peacekeepers". The bare number has no noun of its own; the
// relative clause gives it one ("peacekeepers"), and the figure before in
// the sentence gives its state.

// ruleTroopServingAs names figures counted by "N who serve as <troops>".
const ruleTroopServingAs = "number-who-serve-as"

// servingAsVerbs say what duty a part of a force does: "serve as".
var servingAsVerbs = closedWords(func() map[string]bool {
	return map[string]bool{"serve": true, "serves": true, "served": true, "act": true, "acts": true}
})

// servingAsTroops reads a bare number followed by "who serve as" and a
// strong personnel noun, once a troop figure has been read earlier in the
// same sentence: "1,500 troops ..., including some 400 who serve as
// peacekeepers". Without that figure ("The 400 who served as soldiers in
// 1944 met again") it reads nothing: veterans are no deployment.
func (a *analysis) servingAsTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.lim
	if k+3 >= len(toks) || toks[k].lower != "who" || !servingAsVerbs.hasToken(&toks[k+1]) || toks[k+2].lower != "as" {
		return Troops{}, false
	}
	last := a.lastTroop
	if last.sent != int(toks[n.first].sent) || last.unit == "" || a.isYear(n) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	unit, ok := a.strongPersonnelAt(k + 3)
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, unit, rule), true
}
