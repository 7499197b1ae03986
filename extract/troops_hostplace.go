package extract

// homeForces are personnel nouns of a state's own forces at home
// (words_troops.tsv home-force): "police", "gendarmes", "troopers".
var homeForces = wordList("home-force")

// abroadWords make a sentence's forces possibly another state's
// (words_troops.tsv abroad-word): "peacekeepers", "mission", "coalition".
var abroadWords = wordList("abroad-word")

// hostPlaceState is the fallback for a figure n, its evidence ending at
// byte end, that no rule gave a sender: the state of the place its sentence
// puts them in, at or sends them to, where that state alone is named
// there and the story is about no other. "Riot police numbering 3,500 ringed the
// National Assembly in Seoul" are Korea's; "the army sent 600 soldiers to
// a town in Cusco" Peru's. Only a state's forces at home
// count (police, gendarmes, troopers, the Guard, "the army" as subject);
// a place that is a whole state or its capital gives only police theirs,
// and only "in" it: "police were sent to Nairobi" may be any state's. Never for
// a mission, a coalition or peacekeepers, nor where a troop figure just
// told is another state's ("Kenya sent 400 police. They arrived in
// Port-au-Prince"). Else "".
func (a *analysis) hostPlaceState(n number, end int) string {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	lim := n.lim
	for lim < s.lim && int(toks[lim].start) < end {
		lim++
	}
	for k := s.first; k < s.lim; k++ {
		if abroadWords.hasToken(&toks[k]) || toks[k].lower == "from" {
			return "" // "from" names where they come from, not where they serve
		}
	}
	code, host, whole := "", false, false
	for pi := range a.places {
		m := &a.places[pi]
		if m.first < s.first || m.first >= s.lim {
			continue
		}
		if m.code == "" || m.ambiguous || len(m.homonyms) > 0 || m.nameWord || m.titledName || code != "" && m.code != code {
			return "" // two states, or a place of uncertain state
		}
		code = m.code
		switch a.hostPrepBefore(m.first) {
		case "to":
			if m.kind != sPlace {
				return "" // "police were sent to Nairobi": another state's may be
			}
			host = true // "sent to Bavaria": inside a state, from home
		case "in":
			host, whole = true, whole || m.kind != sPlace
		}
	}
	if !host {
		return ""
	}
	if police := a.policeIn(s.first, lim); !police && (whole || !a.armyOpens(s.first, lim)) {
		return "" // police at home, or "the army" opening the sentence where the place is no whole state
	}
	if a.lastTroop.country != "" && a.lastTroop.country != code {
		return ""
	}
	if home := a.homeCountry(); home != "" && home != code {
		return ""
	}
	return code
}

// hostPrepBefore returns how a preposition within three words before
// token p, with only "the" or a compass word between, places personnel
// there: "in" for being in, at or around it ("in Seoul", "out of
// Asheville"), "to" for being sent there; else "".
func (a *analysis) hostPrepBefore(p int) string {
	toks := a.d.toks
	for k := p - 1; k >= 0 && k >= p-3 && toks[k].sent == toks[p].sent; k-- {
		switch toks[k].lower {
		case "in", "at", "across", "throughout", "around", "near":
			return "in"
		case "to", "into":
			return "to"
		case "of":
			if k > 0 && toks[k-1].lower == "out" {
				return "in" // "pulled out of Asheville"
			}
			return ""
		case "the", "central", "northern", "southern", "eastern", "western":
			continue
		}
		return ""
	}
	return ""
}

// armyOpens reports "the army" or "the military" opening [first, lim),
// the figure's sentence up to its personnel: "The army has sent 600
// soldiers to a town in Cusco"; not "The SDF deployed 2,000 fighters in
// Raqqa".
func (a *analysis) armyOpens(first, lim int) bool {
	toks := a.d.toks
	if first+1 >= lim || toks[first].lower != "the" {
		return false
	}
	w := toks[first+1].lower
	return w == "army" || w == "military"
}

// policeIn reports a home-force noun in [first, lim): "troopers", "Guard
// members", "Riot police numbering 3,500".
func (a *analysis) policeIn(first, lim int) bool {
	for k := first; k < lim; k++ {
		if homeForces.hasToken(&a.d.toks[k]) {
			return true
		}
	}
	return false
}
