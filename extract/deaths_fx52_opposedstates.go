package extract

// fightWords name a fight between two sides in a sentence of the dead
// (words_deaths.tsv side-fight): "in the exchange of fire", "in the
// clash".
var fightWords = wordList("side-fight")

// opposedStatesParts reports counted parts of a sum, the subject of a
// verb of dying, each of a different state's people, in a sentence that
// names a fight: "Four Ruritanian soldiers and three Borduvian troops
// were killed in the clash" are the two sides' losses, told apart, not
// one toll; allies killed together ("30 Malian soldiers and 12 Russian
// contractors were killed") stay one group of 42.
func (a *analysis) opposedStatesParts(i int, parts []Deaths) bool {
	if !a.statesParts(parts) {
		return false
	}
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	for k := s.first; k < s.lim; k++ {
		if fightWords.hasToken(&toks[k]) {
			return true
		}
		if toks[k].lower == "exchange" && k+2 < s.lim && toks[k+1].lower == "of" && toks[k+2].lower == "fire" {
			return true // "in the exchange of fire"
		}
	}
	return false
}
