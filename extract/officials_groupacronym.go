package extract

// groupAfterAcronym are lower-case words after an acronym that make it an
// armed group's name (words_people.tsv group-after-acronym).
var groupAfterAcronym = wordList("group-after-acronym")

// introducedGroup reports an acronym that the article, before token
// before, introduces as a group that is no state's: before a lower-case
// noun of an armed group ("the 3R armed group", "the ADF rebels"), or as
// a body's initials ("the Sinjar Resistance Units, known by their Kurdish
// initials YBS"), which a state's forces are seldom given.
func (a *analysis) introducedGroup(acronym string, before int) bool {
	toks := a.d.toks
	for j := 2; j < before; j++ {
		if toks[j].text != acronym {
			continue
		}
		if n := j + 1; n+1 < len(toks) && !toks[n].cap && groupAfterAcronym.hasToken(&toks[n]) &&
			(toks[n].lower != "armed" || toks[n+1].lower == "group") {
			return true
		}
		if a.initialsBefore(j) {
			return true
		}
	}
	return false
}

// initialsBefore reports "known by its initials" or "known by their
// Kurdish initials" right before token j, after a capitalised name.
func (a *analysis) initialsBefore(j int) bool {
	toks := a.d.toks
	if toks[j-1].lower != "initials" {
		return false
	}
	for k := j - 2; k >= 3 && k >= j-5; k-- {
		if toks[k].lower == "by" && toks[k-1].lower == "known" {
			return toks[k-2].text == "," && toks[k-3].cap
		}
	}
	return false
}
