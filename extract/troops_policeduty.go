package extract

// Weak personnel put on duty by a police or armed body named in the
// sentence are deployed, a hundred or more of them: "Colombo police said
// 800 officers would be on duty at the stadium", "450 officers would
// police the parades, the chief constable said", "1,200 officers will
// patrol the city centre, police said", "officers ... on the streets".
// Without such a body ("The hospital said 40 officers were on duty"), at
// the moment of an incident ("120 officers were on duty when the gunman
// fired") or a few of them at work ("Police said 40 officers would guard
// the venue") they are no figure.

// dutyVerbs put personnel to work where they are deployed, after a
// modal: "would police the parades", "will patrol the centre".
var dutyVerbs = wordList("duty-verb")

// rosterParticiples put personnel on duty after "be" (words_troops.tsv
// roster-participle): "1,300 officers would be rostered".
var rosterParticiples = wordList("roster-participle")

// fromPhraseEnd returns the end of a short "from" phrase that says where
// personnel ending at lim come from, when a verb's auxiliary follows it
// in the sentence: "police from every federal state will be", "officers
// from 43 forces will be"; else lim.
func (a *analysis) fromPhraseEnd(lim int) int {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].lower != "from" {
		return lim
	}
	for k := lim + 1; k < len(toks) && k <= lim+6 && toks[k].sent == toks[lim].sent && (toks[k].kind == tWord || toks[k].kind == tNum); k++ {
		if auxWords.hasToken(&toks[k]) {
			return k
		}
	}
	return lim
}

// rosterPeriods are the spans of a shift a police figure is told for.
var rosterPeriods = wordList("roster-period")

// perShiftEnd returns the end of "a day", "each night" or "per shift"
// at lim, right after personnel, which tells how many serve at a time:
// "2,300 officers a day would be on duty"; else lim.
func (a *analysis) perShiftEnd(lim int) int {
	toks := a.d.toks
	if lim+1 >= len(toks) || !rosterPeriods.hasToken(&toks[lim+1]) {
		return lim
	}
	switch toks[lim].lower {
	case "a", "each", "per", "every":
		return lim + 2
	}
	return lim
}

// onDutyByForce reports weak personnel ending at lim that the clause
// after them puts on duty, on patrol or on the streets, or to policing,
// with a police or armed body's word in the sentence.
func (a *analysis) onDutyByForce(n number, lim int) bool {
	toks := a.d.toks
	count := n.value
	if r, total, ok := a.dutyAsideSpan(n, lim); ok {
		lim, count = r, total // "75 deputies, backed by 30 officers lent by the county, would work the parade" (troops_dutyaside.go)
	}
	if count < 100 || lim >= len(toks) {
		return false // "Police said 40 officers would guard the venue": officers at work, no deployment
	}
	lim = a.fromPhraseEnd(a.perShiftEnd(lim)) // "6,000 police from every federal state will be on duty"
	k := pastAuxWords(toks, lim, 4)
	if k+1 >= len(toks) || toks[k].sent != toks[n.first].sent {
		return false
	}
	e := 0
	switch {
	case k > lim && modalVerbs.hasToken(&toks[k-1]) && dutyVerbs.hasToken(&toks[k]):
		e = k + 1 // "would police the parades"
	case k > lim && rosterParticiples.hasToken(&toks[k]) && a.passiveBetween(lim, k):
		e = k + 1 // "would be rostered for the grand final"
	case a.onStandbyAt(k):
		e = k + 2 // "would be on duty", "will be on the streets"
		if toks[k+1].lower == "the" {
			e++
		}
	default:
		return false
	}
	if e < len(toks) && toks[e].lower == "when" {
		return false // "were on duty when the gunman fired": at work at an incident
	}
	s := a.d.sents[toks[n.first].sent]
	return a.forceNamedIn(s.first, s.lim) || a.policeMinistryIn(s.first, s.lim) || a.sheriffBefore(s.first, n.first)
}

// policeMinistries name the ministry that commands a state's police:
// "the interior ministry", "the Ministry of Internal Affairs".
var policeMinistries = wordList("police-ministry")

// policeMinistryIn reports the ministry or the minister of the police
// between first and lim: "Georgia's interior ministry said about 2,000
// officers would be on duty", "the Ministry of the Interior", not "the
// health ministry said 300 officers were on duty".
func (a *analysis) policeMinistryIn(first, lim int) bool {
	toks := a.d.toks
	for k := first; k+1 < lim; k++ {
		if !policeMinistries.hasToken(&toks[k]) {
			continue
		}
		if w := toks[k+1].lower; w == "ministry" || w == "minister" {
			return true
		}
		b := k - 1
		if b > first && toks[b].lower == "the" {
			b--
		}
		if b > first && toks[b].lower == "of" && (toks[b-1].lower == "ministry" || toks[b-1].lower == "minister") {
			return true
		}
	}
	return false
}
