package extract

// ruleTakesOffice names the role a subject takes office in: "NAME takes
// over as prime minister", "NAME was sworn in as defence minister".
const ruleTakesOffice = "takes-office-as"

// takesOfficeAsRole reads the office after a verb phrase by which the
// subject named at the mention takes it, past an apposition: "NAME, a
// former central banker, takes over as prime minister", "NAME was sworn
// in as interior minister", "NAME was appointed finance minister". The office
// taken is the one the story is about, so it ranks above the apposition's
// description (rank 2 to its 3). "takes over from NAME" or "was named in
// the report" give none: the title after must be a role titleAfter reads.
func (a *analysis) takesOfficeAsRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	k := a.skipApposition(m.lim)
	if k >= len(toks) || toks[k].para != toks[m.first].para {
		return false
	}
	j := a.takeOfficeVerbEnd(k)
	if j <= k || j >= len(toks) {
		return false
	}
	w, end, ok := a.titleAfter(j)
	if !ok || formerTitle(a.titleText(w.words)) || w.weak && w.org == "" {
		return false // "takes over as head of the household": no office of a body
	}
	a.dropAppointDay(&w, j, end) // "as foreign minister on Monday"
	a.addRole(p, w, rule, 2, mi)
	return true
}

// takeOfficeVerbEnd returns the token after a verb phrase at k by which
// the subject takes an office, up to the office's first word, or k.
func (a *analysis) takeOfficeVerbEnd(k int) int {
	toks := a.d.toks
	at := func(i int, words ...string) bool {
		if i+len(words) > len(toks) {
			return false
		}
		for n, w := range words {
			if toks[i+n].lower != w {
				return false
			}
		}
		return true
	}
	v := k // the verb, past "will" or "has been"
	switch x := toks[k].lower; x {
	case "will":
		v++
	case "has", "had":
		if !at(k+1, "been") {
			return k
		}
		v++
	}
	switch toks[min(v, len(toks)-1)].lower {
	case "take", "takes", "took", "taking":
		if at(v+1, "over", "as") {
			return v + 3
		}
		if e := a.oathVerbEnd(v, true); e > 0 {
			return e // "took the oath as defence minister"
		}
	case "is", "was", "been":
		if e := a.oathVerbEnd(v, false); e > 0 {
			return e // "was installed as governor"
		}
		if at(v+1, "sworn", "in", "as") {
			return v + 4
		}
		if at(v+1, "appointed", "as") || at(v+1, "named", "as") {
			return v + 3
		}
		if at(v+1, "appointed") {
			return v + 2 // not bare "named": "was named best new director" is an award
		}
	}
	return k
}
