package extract

// serveVerbs put personnel in a force they serve in: "serve in".
var serveVerbs = wordList("serve-verb")

// legionNouns end the names of forces one serves in besides the force
// nouns: "Ukraine's International Legion".
var legionNouns = wordList("legion-noun")

// servesInStateForce reports weak personnel ending at lim who serve in a
// state's force, past a "from" phrase of where they come from: "About
// 3,000 foreign fighters from more than 50 countries serve in Ukraine's
// International Legion". The state holds them as its own; "volunteers
// serve in Britain's health service" serve in no force.
func (a *analysis) servesInStateForce(lim int) bool {
	_, ok := a.servedStateForce(lim)
	return ok
}

// servedStateForce returns the state whose force the weak personnel
// ending at lim serve in, as servesInStateForce reads it.
func (a *analysis) servedStateForce(lim int) (string, bool) {
	toks := a.d.toks
	k := lim
	if k < len(toks) && toks[k].lower == "from" {
		for k < len(toks) && k < lim+11 && toks[k].sent == toks[lim-1].sent && !serveVerbs.hasToken(&toks[k]) && toks[k].kind != tPunct {
			k++ // "from Central Asia and the Caucasus who now serve" (ht1)
		}
	}
	for k < len(toks) && (toks[k].lower == "who" || parallelAdverbAt(toks, k)) {
		k++ // "fighters who now serve in" (ht1)
	}
	if k+2 >= len(toks) || !serveVerbs.hasToken(&toks[k]) || toks[k].sent != toks[lim-1].sent {
		return "", false
	}
	if w := toks[k+1].lower; w != "in" && w != "with" && w != "for" {
		return "", false
	}
	s := k + 2
	if toks[s].lower == "the" {
		s++
	}
	state, ok := a.stateAt(s)
	if !ok {
		return "", false
	}
	for p := a.placeAt[s]; s < len(toks) && a.placeAt[s] == p; {
		s++ // past the state's name: "the United States"
	}
	if s >= len(toks) || toks[s].lower != "'s" {
		return "", false
	}
	for i := s + 1; i < len(toks) && i <= s+3; i++ {
		if forceNouns.hasToken(&toks[i]) || legionNouns.hasToken(&toks[i]) {
			return state, true
		}
		if !toks[i].cap && toks[i].lower != "armed" {
			return "", false // "Syria's armed forces" (ht1), not "Britain's health service"
		}
	}
	return "", false
}
