package extract

// modalDutyAfter reports a modal and a verb of keeping order right after
// weak personnel ending at lim: "450 officers would police the parades",
// "300 officers will patrol the city centre". Personnel set to police or
// guard a place are deployed there; "450 officers would lose their jobs"
// (no verb of duty) and "officers police the city" (no modal: a habit,
// a force's whole) are not, nor a firm's guards with no police holder
// in the sentence ("The company said 300 security officers will guard").
func (a *analysis) modalDutyAfter(lim int) bool {
	toks := a.d.toks
	if !a.dutyHolderIn(lim) {
		return false
	}
	k := lim
	if k+1 >= len(toks) || toks[k+1].sent != toks[lim-1].sent {
		return false
	}
	switch toks[k].lower {
	case "will", "would", "shall":
		k++
	case "are", "were", "is":
		if toks[k+1].lower != "to" {
			return false
		}
		k += 2
	default:
		return false
	}
	return k < len(toks) && dutyVerbs.hasToken(&toks[k])
}

// dutyVerbs keep order in a place personnel are sent to: "police",
// "patrol", "guard".
var dutyVerbs = wordList("duty-verb")

// dutyHolderIn reports a police force or its head in the sentence of
// lim: "the chief constable said", "the sheriff", "the police".
func (a *analysis) dutyHolderIn(lim int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[lim-1].sent]
	for k := s.first; k < s.lim; k++ {
		if dutyHolders.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// dutyHolders are police forces and their heads: "constable", "sheriff".
var dutyHolders = wordList("duty-holder")
