package extract

// A target after a figure told in a dashed aside of the subject:
// "Germany's brigade – approximately 1,800 personnel today – is to reach
// 4,800 by the end of 2027". The aside's closing dash joins the
// predicate to the figure as "and" or a comma does (joinedPredicate).

// closesSubjectAside reports a dash or closing parenthesis at j that ends
// an aside opened by its pair after a word of the sentence's subject,
// at most twelve tokens back.
func (a *analysis) closesSubjectAside(j int) bool {
	toks := a.d.toks
	m, _ := dashAt(toks, j)
	open := m
	switch m {
	case "—", "–":
	case ")":
		open = "("
	default:
		return false
	}
	for k := j - 1; k > 0 && k >= j-12 && toks[k].sent == toks[j].sent; k-- {
		if o, _ := dashAt(toks, k); o == open {
			return toks[k-1].kind == tWord && toks[k-1].sent == toks[j].sent
		}
	}
	return false
}
