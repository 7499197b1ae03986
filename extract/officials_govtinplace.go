package extract

// governmentInPlaceState is the state of a place inside it that an
// apposition after the name gives as the seat of the government the
// person speaks or acts for: "Information Minister NAME, speaking for the
// government in Aden," holds Yemen's office, not that of the state where
// talks are held (Oman) or of the dateline. The apposition runs from the
// comma after the name to the next comma, at most ten words.
func (a *analysis) governmentInPlaceState(r *role) string {
	toks := a.d.toks
	k := a.mentionEnd(r)
	if k < 0 || k+3 >= len(toks) || toks[k].text != "," {
		return ""
	}
	for j := k + 1; j+2 < len(toks) && j <= k+10 && toks[j].text != "," && toks[j].sent == toks[k].sent; j++ {
		if toks[j].lower != "government" || toks[j+1].lower != "in" {
			continue
		}
		pi := a.placeAt[j+2]
		if pi < 0 {
			return ""
		}
		if m := &a.places[pi]; m.code != "" && !m.ambiguous {
			return m.code
		}
		return ""
	}
	return ""
}
