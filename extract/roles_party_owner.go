package extract

// namedPartyBefore returns the first token of a party's name that ends
// with "Party" right before the "'s" at k: "The Colorado Party's
// president", "the Farmers' Green Party's leader". A place may open the
// name, as "Colorado" does, without making the office its state's; -1
// when no such name stands there.
func (a *analysis) namedPartyBefore(k int) int {
	toks := a.d.toks
	if k < 2 || toks[k-1].lower != "party" || !toks[k-1].cap {
		return -1
	}
	lo := k - 1
	for lo > 0 && toks[lo-1].kind == tWord && toks[lo-1].cap && toks[lo-1].para == toks[k-1].para && lo > k-5 {
		j := lo - 1
		if toks[j].lower == "the" || a.personAt[j] >= 0 || a.roleKind(j) == rHead {
			break
		}
		lo = j
	}
	if lo == k-1 {
		return -1
	}
	return lo
}

// possessorOfTitle returns the token of "his" or "her" that owns a title,
// right before it or before the body noun that owns it: "his spokesman",
// "His ministry's spokesperson", or after it ("a spokesperson for her
// office"); the token before the title otherwise.
func (a *analysis) possessorOfTitle(r *role) int {
	toks := a.d.toks
	if j := a.servedOfficePossessor(r); j >= 0 {
		return j
	}
	i := r.titleLo - 1
	if i >= 2 && i < len(toks) && toks[i].lower == "'s" && !toks[i-1].cap && a.bodyKindAt(i-1) != "" {
		if x := toks[i-2].lower; x == "his" || x == "her" {
			return i - 2
		}
	}
	return i
}

// principalFrom is the first token where the person "his" or "her" at i
// may be named: the sentence before it in its paragraph, or, when it opens
// its paragraph ("His ministry's spokesperson, NAME, said"), the paragraph
// before, whose last sentence may be a quote of that person.
func (a *analysis) principalFrom(i int) int {
	toks := a.d.toks
	q := int(toks[i].para)
	from := a.d.sents[max(int(toks[i].sent)-1, 0)].first
	if a.d.paras[q].first == i && q > 0 {
		return a.d.paras[q-1].first
	}
	return max(from, a.d.paras[q].first)
}
