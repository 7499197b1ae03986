package extract

// forceHeldMembers reads the members an armed or police body "has" posted
// somewhere: "The National Guard has about 9,000 members assigned to
// migration duties", "the gendarmerie, which has 400 members deployed in
// the north". The participle after "members" makes them a deployment, not
// the body's strength ("The Guard has 9,000 members" is none), and the
// body must be the subject of "has".
func (a *analysis) forceHeldMembers(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	v, e := n.hedge-1, n.lim
	if v < 1 || e+1 >= len(toks) || toks[e].lower != "members" || !postedParticiples.hasToken(&toks[e+1]) || toks[e+1].sent != toks[n.first].sent {
		return Troops{}, false
	}
	if w := toks[v].lower; w != "has" && w != "have" && w != "had" {
		return Troops{}, false
	}
	k := v - 1
	if k > 1 && toks[k].lower == "which" && toks[k-1].text == "," {
		k -= 2 // "the National Guard, which has ..."
	}
	if !forceBodies.hasToken(&toks[k]) || a.isCasualty(n.hedge, e+2) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, e+1, true)
	return a.makeTroops(n, e+1, country, toks[e].text, rule), true
}
