package extract

// A body named bare with a title ("The Eastern Theater Command's
// spokesman, Senior Colonel NAME,", "Eastern Theater Command spokesman
// NAME", "a spokesman for the Eastern Theater Command, NAME,") that the
// story introduced with its state ("China's Eastern Theater Command",
// "the Chinese Eastern Theater Command") is that state's body: the office
// is that state's, whatever state the story is most about (fx50, r35a).

// namedOwnerBackState returns the state written before the earlier
// mention of the capitalised name that owns role r, or "".
func (a *analysis) namedOwnerBackState(r *role) string {
	for _, span := range a.namedOwnerSpans(r) {
		if c := a.stateBeforeEarlierName(span[0], span[1]); c != "" {
			return c
		}
	}
	return ""
}

// stateBeforeEarlierName returns the state whose possessive or adjective
// stands right before an earlier mention of the name [lo, hi), or "".
func (a *analysis) stateBeforeEarlierName(lo, hi int) string {
	toks := a.d.toks
	n := hi - lo
	for k := lo - 1; k >= 1; k-- {
		if !a.sameWordsAt(k, lo, n) || a.placeAt[k] >= 0 || k+n < len(toks) && toks[k+n].cap && toks[k+n].kind == tWord {
			continue
		}
		if pi := a.placeAt[k-1]; pi >= 0 && a.places[pi].state && a.places[pi].kind == sAdjective && a.places[pi].lim == k {
			return a.places[pi].code // "the Chinese Eastern Theater Command"
		}
		if k >= 2 && toks[k-1].lower == "'s" {
			if pi := a.placeAt[k-2]; pi >= 0 && a.places[pi].state && a.places[pi].kind != sCapital {
				return a.places[pi].code // "China's Eastern Theater Command"
			}
		}
	}
	return ""
}

// namedOwnerSpans returns the capitalised names [lo, hi) that may own
// role r: after "the" before "'s" and the title ("The Eastern Theater
// Command's spokesman", also before a rank after a comma: "...
// spokesman, Senior Colonel NAME"); right before the title ("Eastern
// Theater Command spokesman NAME"); in the complement after it ("a
// spokesman for the Eastern Theater Command"). A name that holds a place
// or a body of the gazetteer is left out.
func (a *analysis) namedOwnerSpans(r *role) [][2]int {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleHi > len(toks) || r.titleLo >= r.titleHi {
		return nil
	}
	var out [][2]int
	add := func(lo, hi int) {
		if lo < hi && hi-lo <= 5 && a.ungazetteeredName(lo, hi) {
			out = append(out, [2]int{lo, hi})
		}
	}
	k := r.titleLo - 1
	if toks[k].text == "," && k > 0 {
		k-- // "'s spokesman, Senior Colonel NAME"
	}
	for j := 0; j < 3 && k > 0 && toks[k].kind == tWord && !toks[k].cap && toks[k].lower != "'s"; j++ {
		k--
	}
	if toks[k].lower == "'s" {
		if lo := a.capRunBack(k); lo > 0 && toks[lo-1].lower == "the" {
			add(lo, k)
		}
	} else if hi := r.titleLo; a.capRunBack(hi) < hi {
		add(a.capRunBack(hi), hi) // "Eastern Theater Command spokesman NAME"
	}
	// "a spokesman for the Eastern Theater Command, NAME"
	for j := r.titleLo; j+2 < len(toks) && j <= r.titleHi; j++ {
		if (toks[j].lower == "for" || toks[j].lower == "of" || toks[j].lower == "at") && toks[j+1].lower == "the" {
			lo, hi := j+2, j+2
			for hi < len(toks) && toks[hi].cap && toks[hi].kind == tWord {
				hi++
			}
			add(lo, hi)
			break
		}
	}
	return out
}

// capRunBack returns the first token of the run of capitalised words
// ending before hi that are no role words, hi when there is none.
func (a *analysis) capRunBack(hi int) int {
	toks := a.d.toks
	lo := hi
	for lo > 0 && toks[lo-1].cap && toks[lo-1].kind == tWord && toks[lo-1].lower != "the" && a.roleKind(lo-1) == 0 {
		lo--
	}
	return lo
}

// ungazetteeredName reports tokens [lo, hi) that hold no place and no body of
// the gazetteer. (A person's name is never written "the NAME's" nor
// repeated after a state's possessive as a body's.)
func (a *analysis) ungazetteeredName(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.placeAt[j] >= 0 || a.orgAt[j] >= 0 {
			return false
		}
	}
	return true
}

// A ministry named bare near a role ("please contact the Press Office of
// the Ministry of National Defence. Spokesperson: NAME, Head of
// Communications") that the story introduced with its state after or
// before it ("The Ministry of National Defence of the Republic of
// Lithuania", "Lithuania's Ministry of National Defence") is that state's
// ministry, and the role beside it that state's (of1, r39d).

// ministryBackState returns the state of a ministry named bare in role r's
// sentence or the one before it in its paragraph, or "".
func (a *analysis) ministryBackState(r *role) string {
	toks := a.d.toks
	if r.at < 0 || r.at >= len(toks) {
		return ""
	}
	s := int(toks[r.at].sent)
	from := a.d.sents[s].first
	if s > 0 && a.d.sents[s-1].para == a.d.sents[s].para {
		from = a.d.sents[s-1].first
	}
	for k := from + 1; k+2 < a.d.sents[s].lim; k++ {
		if !toks[k].cap || a.lx.bodyKinds[toks[k].lower] != "ministry" || toks[k-1].lower != "the" {
			continue
		}
		if p := toks[k+1].lower; p != "of" && p != "for" || !toks[k+2].cap {
			continue
		}
		hi := k + 2
		for hi < len(toks) && toks[hi].cap && toks[hi].kind == tWord && a.placeAt[hi] < 0 {
			hi++
		}
		if hi == k+2 || hi < len(toks) && toks[hi].lower == "of" {
			continue // "the Ministry of Lithuania", "the Ministry of Defence of ...": its state is written here
		}
		if c := a.stateWithEarlierMinistry(k, hi); c != "" {
			return c
		}
	}
	return ""
}

// stateWithEarlierMinistry returns the state written after ("of the
// Republic of Lithuania") or before ("Lithuania's", "the Lithuanian") an
// earlier mention of the ministry's name [lo, hi), or "".
func (a *analysis) stateWithEarlierMinistry(lo, hi int) string {
	toks := a.d.toks
	n := hi - lo
	for k := lo - n; k >= 1; k-- {
		same := true
		for i := 0; i < n && same; i++ {
			same = toks[k+i].lower == toks[lo+i].lower && toks[k+i].cap == toks[lo+i].cap
		}
		if !same {
			continue
		}
		if j := k + n; j+1 < len(toks) && toks[j].lower == "of" {
			if j++; toks[j].lower == "the" && j+1 < len(toks) {
				j++
			}
			if m, ok := a.stateMentionAt(j); ok && m.first == j {
				return m.code
			}
		}
		if m, ok := a.stateEndingAt(k - 1); ok && m.kind == sAdjective {
			return m.code // "the Lithuanian Ministry of National Defence"
		}
		if k >= 2 && toks[k-1].lower == "'s" {
			if m, ok := a.stateMentionAt(k - 2); ok && m.kind != sCapital {
				return m.code // "Lithuania's Ministry of National Defence"
			}
		}
	}
	return ""
}
