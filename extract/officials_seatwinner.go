package extract

// electionVerbs tell what a party did at the polls: "won", "took".
var electionVerbs = wordList("election-verb")

// electionSpoils are what a party wins at the polls: "seats", "votes".
var electionSpoils = wordList("election-spoil")

// seatWinnerAfter reports a name ending before e that wins, takes or
// loses seats or votes in its own clause, up to lim: "the Illankai Tamil
// Arasu Kachchi (ITAK) won 22 of the 38 seats", "The BNP took 200
// seats", "The Samagi Jana Balawegaya (SJB) lost 40 seats". Only a party
// does; "its leader" after it is the party's. An acronym in brackets may
// stand between.
func (a *analysis) seatWinnerAfter(e, lim int) bool {
	toks := a.d.toks
	if e+2 < lim && toks[e].text == "(" && isAcronym(toks[e+1].text) && toks[e+2].text == ")" {
		e += 3
	}
	if e >= lim || !electionVerbs.hasToken(&toks[e]) {
		return false
	}
	for k := e + 1; k < lim && k <= e+8; k++ {
		if electionSpoils.hasToken(&toks[k]) {
			return true
		}
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
	}
	return false
}

// generalSecretary reports the title of a body's general secretary or
// secretary-general, an office of parties, unions and associations that
// no state's ministry is headed by under that name in news copy: "the
// NPP's general secretary", "BNP secretary general".
func (a *analysis) generalSecretary(r *role) bool {
	f := a.lowerFields(r.title)
	n := len(f)
	if n < 2 {
		return false
	}
	return f[n-2] == "general" && f[n-1] == "secretary" || f[n-2] == "secretary" && f[n-1] == "general"
}

// possessedAcronymParty returns the party that an unknown acronym names
// in the possessive right before r's title: "NAME, the NPP's general
// secretary," as "NPP general secretary NAME" (acronymParty) does.
func (a *analysis) possessedAcronymParty(r *role) string {
	toks := a.d.toks
	lo := r.titleLo
	if lo < 2 || lo >= len(toks) || toks[lo-1].lower != "'s" {
		return ""
	}
	t := &toks[lo-2]
	if t.kind != tWord || !isAcronym(t.text) || a.placeAt[lo-2] >= 0 || a.orgAt[lo-2] >= 0 || a.personAt[lo-2] >= 0 {
		return ""
	}
	for _, e := range a.orgs {
		if e.first >= lo-2 {
			break
		}
		if e.lim-e.first > 1 && nameInitials(toks[e.first:e.lim]) == t.text {
			return a.lx.orgs[e.org].Name
		}
	}
	return t.text
}

// placeOpensBody reports a place's name at k that opens a body's name of
// the gazetteer: "The Bangladesh Nationalist Party", "the Pakistan
// Peoples Party" are the party, not the state.
func (a *analysis) placeOpensBody(k int) bool {
	o := a.orgAt[k]
	return o >= 0 && a.orgs[o].first == k && a.orgs[o].lim > k+1
}
