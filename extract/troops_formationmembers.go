package extract

// apposedMembers are the plain nouns for a force's people that count
// them in apposition to the force's formations: "members", "men".
var apposedMembers = wordList("apposed-member")

// apposedFormations are the formations whose count an apposition of
// members sums up: "27 platoons", "eight columns", "three battalions".
var apposedFormations = wordList("apposed-formation")

// apposedFormationMen reads members or men counted in apposition to
// formations of a force: "sent 30 platoons of the Border Guard, about
// 900 members in all, to the camps", "three companies of the Frontier
// Corps, some 450 men,". The members are the formations' people; "27
// units of its youth wing, 800 members" are no force's.
func (a *analysis) apposedFormationMen(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if n.lim >= len(toks) || !apposedMembers.hasToken(&toks[n.lim]) || n.hedge < 4 || !apposeOpener(toks[n.hedge-1].text) {
		return Troops{}, false
	}
	e := n.lim + 1
	if e+1 < len(toks) && toks[e].lower == "in" && (toks[e+1].lower == "all" || toks[e+1].lower == "total") {
		e += 2 // "about 800 members in all"
	} else if e < len(toks) && toks[e].lower == "altogether" {
		e++
	}
	if e < len(toks) && toks[e].kind != tPunct {
		return Troops{}, false
	}
	if !a.formationsOfForceBefore(n.hedge - 1) {
		return Troops{}, false
	}
	country := a.troopCountry(n.first, n.lim+1, true)
	return a.makeTroops(n, n.lim+1, country, toks[n.lim].text, rule), true
}

// apposeOpener reports the mark that opens an apposition: a comma, a
// dash or a bracket.
func apposeOpener(s string) bool {
	return s == "," || s == "(" || s == "—" || s == "–"
}

// formationsOfForceBefore reports "N formations of FORCE" ending right
// before the mark at c: a count of formations, "of", then a force's name
// or noun ("of the Border Guard", "of the Frontier Corps", "of
// paramilitary police"); or a count of formations alone that a force's
// subject fields ("Nepal Police sent four companies,").
func (a *analysis) formationsOfForceBefore(c int) bool {
	toks := a.d.toks
	if apposedFormations.hasToken(&toks[c-1]) && a.formationCountAt(c-1) {
		return a.forceSubjectBefore(c - 2) // "The army deployed eight columns, about 650 men,"
	}
	force := false
	for k := c - 1; k > 0 && k >= c-8 && toks[k].sent == toks[c].sent; k-- {
		t := &toks[k]
		if forceBodies.hasToken(t) || t.cap && t.kind == tWord && k == c-1 {
			force = true
		}
		if t.lower == "of" && apposedFormations.hasToken(&toks[k-1]) {
			return force && a.formationCountAt(k-1)
		}
		if t.kind != tWord || mayBeNumber(t) {
			return false
		}
	}
	return false
}

// forceSubjectBefore reports a force's noun or name among the few words
// before k in its sentence, the subject that fields the formations: "The
// army deployed", "Nepal Police sent".
func (a *analysis) forceSubjectBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].sent == toks[k].sent; j-- {
		if forceBodies.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// formationCountAt reports a count right before the formation noun at f:
// "27 platoons", "eight columns".
func (a *analysis) formationCountAt(f int) bool {
	if f < 1 || !mayBeNumber(&a.d.toks[f-1]) {
		return false
	}
	m, ok := a.d.parseNumber(f - 1)
	return ok && m.lim == f && !m.age && !m.vague
}
