package extract

// A death ranked on its own: "the office confirmed a second death from the
// cyclone", "the 12th fatality of the season", "the only fatality of the
// storm". The rank is the number dead so far, whoever the dead is and
// wherever the phrase stands (subject, object, apposition); "only" ranks
// one. The victim named beside it need not be read.

// rankedDeaths are the nouns of one death a rank before them counts:
// "death", "fatality"; not "victim", whom a rank names before he died
// ("a second victim was shot").
var rankedDeaths = wordList("ranked-death")

// prospectVerbs before a ranked death make it feared or kept off: "fear
// a second death".
var prospectVerbs = wordList("prospect-verb")

// soleWords rank a death as the only one.
var soleWords = closedSet("only", "sole")

// rankedDeath reads a death noun ranked by the ordinal or "only" at i
// after "a", "the" or a possessive. Stops after the noun ("a second death
// sentence") and a denial, modal or prospect just before ("could",
// "fear a second death") make it none.
func (a *analysis) rankedDeath(i int) (Deaths, bool) {
	toks := a.d.toks
	if i < 1 || i+1 >= len(toks) || toks[i].kind == tWord && !a.figureClass(i, fcOrdinal) && !soleWords.hasToken(&toks[i]) {
		return Deaths{}, false
	}
	v := ordinalValue(toks[i])
	if soleWords.hasToken(&toks[i]) {
		v = 1
	}
	h := a.rankedNounAt(i+1, rankedDeaths) // "a second death", "the 11th traffic death"
	if v == 0 || h < 0 || toks[h].sent != toks[i].sent {
		return Deaths{}, false
	}
	b := i - 1
	switch toks[b].lower {
	case "a", "an":
		if v == 1 {
			return Deaths{}, false // "an only death" is no phrase
		}
	case "the", "'s", "its", "their":
	default:
		return Deaths{}, false
	}
	if h+1 < len(toks) && (runningStops.hasToken(&toks[h+1]) || toks[h+1].kind == tWord && toks[h+1].lower == "-") {
		return Deaths{}, false
	}
	s := a.d.sents[toks[i].sent]
	for k := max(s.first, b-4); k < b; k++ {
		if w := toks[k].lower; a.modalAt(k) || w == "not" || w == "no" || prospectVerbs.hasToken(&toks[k]) {
			return Deaths{}, false
		}
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b, h+1, ruleDeathRunning)
	d.Cumulative = v > 1
	return d, true
}

// rankedCount tries the rules whose count stands apart from a list of
// victims: a running count ("the city's 45th homicide this year"), and in
// a sentence of death (deathSent) a ranked death ("confirmed a second
// death", "the only fatality") and a number set after "killed everyone".
func (a *analysis) rankedCount(i int, deathSent bool) (Deaths, bool) {
	if d, ok := a.runningCount(i); ok || !deathSent {
		return d, ok
	}
	if d, ok := a.rankedDeath(i); ok {
		return d, true
	}
	if d, ok := a.rankedToDie(i); ok {
		return d, true // "the seventh person to die in the floods"
	}
	if d, ok := a.ordinalAsideDeath(i); ok {
		return d, true // "and a fourth, a 16-year-old girl, died overnight"
	}
	if a.d.toks[i].kind == tNum {
		return a.everyoneCounted(i) // "killed everyone on board, 23 people"
	}
	return Deaths{}, false
}
