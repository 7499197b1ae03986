package extract

// modifiedOwnerBackState is ownerBackState for an owner noun with
// lower-case modifiers after "the" that repeat the capitalised name
// written before: "The cocoa board's chief executive, NAME," after "the
// Ghana Cocoa Board" holds the Ghana Cocoa Board's office, Ghana's
// (r29d); "" when the words do not repeat such a name or it names no
// state.
func (a *analysis) modifiedOwnerBackState(r *role) string {
	toks := a.d.toks
	o := r.owner
	if o < 2 || o+1 >= len(toks) || toks[o].cap || toks[o].kind != tWord || toks[o+1].lower != "'s" {
		return ""
	}
	lo := o
	for lo > 0 && o-lo < 3 && toks[lo-1].kind == tWord && !toks[lo-1].cap && toks[lo-1].lower != "the" {
		lo--
	}
	if lo == o || lo == 0 || toks[lo-1].lower != "the" {
		return ""
	}
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for k := lo - 2; k >= from; k-- {
		if !toks[k].cap || toks[k].lower != toks[lo].lower || k+(o-lo) >= lo || !a.sameWordsAt(k, lo, o-lo+1) {
			continue
		}
		for j := k - 1; j >= 0 && j > k-4 && toks[j].cap && toks[j].kind == tWord; j-- {
			if a.orgAt[j] >= 0 {
				return ""
			}
			if pi := a.placeAt[j]; pi >= 0 && a.places[pi].state && a.places[pi].kind != sCapital {
				return a.places[pi].code // "the Ghana Cocoa Board"
			}
		}
		return ""
	}
	return ""
}

// sameWordsAt reports n capitalised words from k that are, lowered, the n
// words from lo.
func (a *analysis) sameWordsAt(k, lo, n int) bool {
	toks := a.d.toks
	for i := 0; i < n; i++ {
		if k+i >= len(toks) || !toks[k+i].cap || toks[k+i].lower != toks[lo+i].lower {
			return false
		}
	}
	return true
}
