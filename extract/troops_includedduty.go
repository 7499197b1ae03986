package extract

// includedDutyTroops reads a bare number after ", including" that a
// participle of duty (dutyParticiples, troops_onduty.go) or of posting follows, once a troop figure has been
// read earlier in the same sentence: "Roughly 1,500 Russian troops remain
// in Transnistria, including about 400 guarding a Soviet-era ammunition
// depot" counts a part of the force, its noun and state the figure's, as
// servingAsTroops does for "including some 400 who serve as
// peacekeepers". "including 400 killing time" or a bare number with no
// troop figure before it ("visitors, including 400 guarding their bags")
// reads nothing.
func (a *analysis) includedDutyTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "including" || toks[k-1].text != "," || n.lim >= len(toks) {
		return Troops{}, false
	}
	if e := &toks[n.lim]; !dutyParticiples.hasToken(e) && !postedParticiples.hasToken(e) {
		return Troops{}, false
	}
	last := a.lastTroop
	if last.sent != int(toks[n.first].sent) || last.unit == "" || a.isYear(n) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}
