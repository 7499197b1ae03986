package extract

// localHeadPlaceState gives a bare title of a place's head ("the regional
// governor, NAME," "the mayor, NAME,") the state of the town or region
// its sentence named before it: "Russian glide bombs hit the Saltivskyi
// district of Kharkiv ..., the regional governor, NAME, said" is
// Ukraine's governor, not Russia's, whose bombs the sentence names, nor
// the state of an envoy the story names elsewhere. "" when the title
// writes an owner of its own or the sentence names no such place.
func (a *analysis) localHeadPlaceState(r *role) string {
	toks := a.d.toks
	if r.head == "commander" || !territorialHeads.has(r.head) || r.titleLo < 1 || r.titleHi > len(toks) || r.org != "" {
		return ""
	}
	for k := r.titleLo; k < r.titleHi; k++ {
		if toks[k].cap && !toks[k].sentStart || toks[k].lower == "of" || a.placeAt[k] >= 0 {
			return "" // "Kharkiv Governor NAME", "the governor of Kherson": read by the title's own rules
		}
	}
	if n := r.titleHi; n < len(toks) && (toks[n].lower == "of" || toks[n].lower == "for") {
		return "" // "the mayor of the Cape Breton Regional Municipality": its own place
	}
	sent := toks[r.titleLo].sent
	for k := r.titleLo - 1; k >= 0 && toks[k].sent == sent; k-- {
		pi := a.placeAt[k]
		if pi < 0 {
			continue
		}
		if m := a.places[pi]; !m.state && m.kind != sAdjective && !m.ambiguous && m.code != "" {
			return m.code
		}
	}
	return ""
}
