package extract

// sceneDatelineState returns the state of the latest dateline that opens a
// paragraph after the article's own dateline, up to the paragraph of token
// k: a roundup of briefs ("HELSINKI (Reuters) - ...", then "REYKJAVIK (AP)
// - ...") tells each item from its own place, so a bare title in an item is
// that place's, not the first item's. "" when no such dateline comes before
// k, or when the latest one names no state the gazetteer knows. Only a
// paragraph the dateline parser itself accepts counts (words in capitals
// closed by a dash or an agency's bracket): "Vilnius is calm." is no scene.
func (a *analysis) sceneDatelineState(k int) string {
	first, para := a.sceneDatelineAt(k)
	if first < 0 {
		return ""
	}
	return a.readDatelineAt(first, para, func() string { return a.datelineRegionAt(first, para) })
}

// sceneDatelineAt returns the first token and the paragraph of the latest
// paragraph after the article's dateline, up to token k's, that opens with
// a dateline; -1 when there is none.
func (a *analysis) sceneDatelineAt(k int) (int, int32) {
	toks := a.d.toks
	if k < 0 || k >= len(toks) {
		return -1, 0
	}
	_, home := a.datelinePara()
	for q := int(toks[k].para); q > int(home); q-- {
		if first, ok := a.paraDateline(q); ok {
			return first, int32(q)
		}
	}
	return -1, 0
}

// sceneStart is the first token of the roundup item that holds token k
// (sceneDatelineAt), or 0: a body named in an earlier item ("Finland's army
// said") is no antecedent of a title in a later one.
func (a *analysis) sceneStart(k int) int {
	first, _ := a.sceneDatelineAt(k)
	return max(0, first)
}

// datelineRegionAt is datelineRegion for the dateline opening at token
// first of paragraph para: the state of "Ga." in "ATHENS, Ga. -".
func (a *analysis) datelineRegionAt(first int, para int32) string {
	toks := a.d.toks
	i := first
	for i < len(toks) && i < first+6 && toks[i].para == para && toks[i].kind == tWord && toks[i].cap {
		i++
	}
	if i < len(toks) && i > first {
		return a.datelineRegion(i, para)
	}
	return ""
}
