package extract

// fictionWorks are works whose plot a sentence may tell: "film", "novel".
// "book" and "game" are left out: a book may report ("the book says 5,000
// troops were sent") and a game is also a match.
var fictionWorks = wordList("fiction-work")

// plotVerbs tell a fiction work's plot after its noun: "follows", "tells".
var plotVerbs = wordList("plot-verb")

// plotSentence reports that the sentence of token i tells the plot of a
// film, novel or series: "The film follows 300 Spartan soldiers who hold the
// pass", "In the film, a sheriff investigates the deaths of four
// teenagers". Its figures are the story's, neither a deployment nor a
// toll. The work's noun opens the sentence (after "In" and a few
// modifiers: "In Snyder's 2006 film,") and a comma or a plot verb follows it.
func (a *analysis) plotSentence(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	in := toks[s.first].lower == "in"
	for k := s.first + 1; k < min(s.lim-1, s.first+6); k++ {
		if toks[k].kind != tWord && toks[k].kind != tNum && toks[k].lower != "'s" {
			return false // a comma or dash before the noun: "In Baghdad, the film ..."
		}
		if fictionWorks.hasToken(&toks[k]) {
			next := &toks[k+1]
			return in && next.lower == "," || !in && plotVerbs.hasToken(next)
		}
	}
	return false
}
