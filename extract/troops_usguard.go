package extract

// usGuardCues name the state government that commands a Guard in the
// United States (words_troops.tsv us-guard-cue): "the governor sent",
// "state officials said".
var usGuardCues = wordList("us-guard-cue")

// usGuardState is the fallback for a stateless figure n in a sentence
// that names "the Guard" (capitalised "Guard" or "Guardsmen") beside a
// US state government's cue, "state officials" or "the governor", and no
// place of another state: "With the arrival of 250 more Guard members,
// the number of troops in the city rose to 1,000, state officials said"
// are American. Never in a story about another state, nor with a
// mission or a coalition in the sentence; else "".
func (a *analysis) usGuardState(n number) string {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	guard, cue := false, false
	for k := s.first; k < s.lim; k++ {
		t := &toks[k]
		if abroadWords.hasToken(t) {
			return ""
		}
		guard = guard || t.cap && (t.lower == "guard" || t.lower == "guardsmen")
		cue = cue || usGuardCues.hasToken(t) || t.lower == "state" && k+1 < s.lim && (toks[k+1].lower == "officials" || toks[k+1].lower == "authorities")
	}
	if !guard || !cue {
		return ""
	}
	for pi := range a.places {
		if m := &a.places[pi]; m.first >= s.first && m.first < s.lim && m.code != "US" {
			return "" // "Ukraine's National Guard", "Mexican state officials"
		}
	}
	if home := a.homeCountry(); home != "" && home != "US" {
		return ""
	}
	return "US"
}
