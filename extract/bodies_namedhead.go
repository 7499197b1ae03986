package extract

// namedBodyHead reports a capitalised body noun at k that closes the name
// of one body after "of the" in a title: "head of the Central Weather
// Administration" names that agency, whose state is not that of whatever
// government ("Chinese authorities") the story named last.
func (a *analysis) namedBodyHead(k, lo int) bool {
	toks := a.d.toks
	if k-3 < lo || !toks[k].cap || !toks[k-1].cap || toks[k-1].sentStart {
		return false
	}
	j := k - 1
	for j > lo && toks[j].cap {
		j--
	}
	return toks[j].lower == "the" && j-1 >= lo && toks[j-1].lower == "of"
}
