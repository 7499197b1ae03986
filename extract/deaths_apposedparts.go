package extract

// Parts of a figure listed in an aside between commas after its victims,
// and single deaths that a figure of the same sentence or a definite
// subject already holds (r33a, fx36).

// apposedParts returns the counted parts of a figure that an aside
// between commas after its victims lists: "Four people, a police
// sergeant and three gunmen, died" states 4 and its part 3, as "N X and a
// Y" gives its numbered part (policy on joined groups, fd12). The items
// must add up to the figure; one told without a number ("a police
// sergeant") counts in the sum but is no figure of its own.
func (a *analysis) apposedParts(i int, d Deaths) []Deaths {
	n, ok := a.countAt(i)
	if !ok || n.value != d.Count || n.value < 2 || n.vague || n.age {
		return nil
	}
	c := a.victimNounEnd(n.lim)
	parts, sum, end := a.apposedList(c)
	if end == c || sum != d.Count || len(parts) == 0 {
		return nil
	}
	out := make([]Deaths, 0, len(parts))
	for _, m := range parts {
		out = append(out, a.makeDeath(m, m.hedge, m.lim, ruleDeathSubset))
	}
	return out
}

// apposedList reads an aside at the comma c that lists two or more
// victims, each opened by a number or "a"/"an", and closes with a comma
// before the verb: ", two officers and four conscripts, were". It returns
// the numbered items, the sum of all, and the index after the closing
// comma; c when there is no such aside.
func (a *analysis) apposedList(c int) ([]number, int64, int) {
	toks := a.d.toks
	if c+3 >= len(toks) || toks[c].text != "," {
		return nil, 0, c
	}
	var parts []number
	sum, items := int64(0), 0
	for k := c + 1; k < len(toks) && k < c+24 && toks[k].sent == toks[c].sent; {
		if m, ok := a.d.parseNumber(k); ok && !m.age && !m.vague && m.value > 0 && m.first == k {
			parts, sum, k = append(parts, m), sum+m.value, m.lim
		} else if w := toks[k].lower; w == "a" || w == "an" {
			sum, k = sum+1, k+1
		} else {
			return nil, 0, c
		}
		items++
		if k = a.apposedItemEnd(k, c+24); k < 0 {
			return nil, 0, c
		}
		switch {
		case toks[k].lower == "and":
			k++
		case toks[k+1].lower == "and":
			k += 2 // "a sergeant, a guard, and two gunmen"
		case a.predicateAfterAside(k + 1):
			if items < 2 {
				return nil, 0, c
			}
			return parts, sum, k + 1
		default:
			k++
		}
	}
	return nil, 0, c
}

// apposedItemEnd returns the "and" or comma that ends an aside's item
// whose words run from k, or -1: no word of death or injury may stand in
// it, nor any mark but the comma.
func (a *analysis) apposedItemEnd(k, lim int) int {
	toks := a.d.toks
	for ; k+1 < len(toks) && k < lim; k++ {
		if toks[k].lower == "and" || toks[k].text == "," {
			return k
		}
		if kinds, _ := a.deathKindsAt(k); kinds != 0 || toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// predicateAfterAside reports a verb of being, having or dying at k, as
// after the comma that closes an aside on the subject: "..., were killed",
// "..., died".
func (a *analysis) predicateAfterAside(k int) bool {
	toks := a.d.toks
	return k < len(toks) && (beAux.hasToken(&toks[k]) && toks[k].lower != "being" || haveAux.hasToken(&toks[k]) || a.diedNext(k))
}

// tollRoseBefore reports one victim at i in a clause that "after" or
// "when" opens after a toll risen or raised to a number in the same
// sentence: "The toll rose to 24 after a tourist died in hospital", "raised
// the number of protesters killed in Lima to two after a street vendor
// died" tell of a death inside the total.
func (a *analysis) tollRoseBefore(i int) bool {
	toks := a.d.toks
	c := i - 1
	if c < 3 || toks[c].lower != "after" && toks[c].lower != "when" {
		return false
	}
	s := a.d.sents[toks[i].sent]
	for k := s.first; k < c; k++ {
		if !tollRise.hasToken(&toks[k]) && !tollRevise.hasToken(&toks[k]) {
			continue
		}
		// "to N" closes the verb's phrase, its object before it ("the
		// number of protesters killed in Lima") within the clause
		for j := k + 1; j+1 < c && j < k+10 && toks[j].kind != tPunct; j++ {
			if n, ok := a.d.parseNumber(j + 1); toks[j].lower == "to" && ok && !n.age && !n.vague {
				return tollRise.hasToken(&toks[k]) || a.tollObjectBetween(k+1, j)
			}
		}
	}
	return false
}

// tollObjectBetween reports a toll or a word of death from k to e, the
// object a verb of revising raises: "raised the toll", "raised the
// number of protesters killed"; not "raised the alert level".
func (a *analysis) tollObjectBetween(k, e int) bool {
	toks := a.d.toks
	for ; k < e; k++ {
		if toks[k].lower == "toll" || tollWords.hasToken(&toks[k]) || deathNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// definiteDeadSubject reports one victim named by a definite noun that
// opens its sentence, whose relative clause "who died" is followed
// (past an aside between commas) by the main clause's verb: "The
// firefighter who died, a 46-year-old volunteer, had served for twenty
// years" refers to a death, which the article reports elsewhere.
func (a *analysis) definiteDeadSubject(l victimList, d Deaths) bool {
	toks := a.d.toks
	if l.count != 1 || l.first >= len(toks) || toks[l.first].lower != "the" || !toks[l.first].sentStart || l.lim >= len(toks) || toks[l.lim].lower != "who" {
		return false
	}
	k := l.lim
	for k < len(toks) && int(toks[k].start) < d.End {
		k++
	}
	if k < len(toks) && toks[k].text == "," {
		e := k + 1
		for e < len(toks) && e < k+16 && toks[e].text != "," && toks[e].sent == toks[k].sent {
			e++
		}
		if e >= len(toks) || toks[e].text != "," {
			return false
		}
		k = e + 1
	}
	return k < len(toks) && (beAux.hasToken(&toks[k]) || haveAux.hasToken(&toks[k]))
}
