package extract

// A figure whose deploying verb has states joined by "and" as its subject
// is their joint figure and no one state's (GUIDELINES: the state that
// sends them, where stated): "Kenya and Rwanda have pledged 1,000 police
// officers". With "each" the figure is every state's own and eachSenders
// splits it: "Benin and Togo offered 200 police officers each".

// jointSubjectState returns the state of subject m for the figure at
// first: "" when m closes a list of states the figure is not split among.
func (a *analysis) jointSubjectState(m placeMention, start, first int) string {
	head := a.firstConjunct(m, start)
	if head.first == m.first || a.eachInClause(m.lim, first) {
		return head.code
	}
	return ""
}

// eachInClause reports "each" after the subject ending at lim, in its
// sentence, before a semicolon: "will each send", "200 police officers
// each".
func (a *analysis) eachInClause(lim, first int) bool {
	toks := a.d.toks
	end := a.d.sents[toks[first].sent].lim
	for k := lim; k < end; k++ {
		if toks[k].text == ";" {
			return false
		}
		if toks[k].lower == "each" {
			return true
		}
	}
	return false
}
