package extract

// portfolioCommaBefore keeps a comma between capitalised portfolios of a
// title whose last two portfolios "and" joins: "its Investment, Trade and
// Industry Minister, NAME". The words on both sides of the comma are
// portfolio words (roles.tsv mod), and an "and" was read already; "On
// Monday, Trade and Industry Minister NAME" keeps its comma out.
func portfolioCommaBefore(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if toks[k].text != "," || k < 1 || len(s.w.words) == 0 || s.w.words[len(s.w.words)-1] != k+1 {
		return k, stepPass
	}
	left, right := toks[k-1], toks[k+1]
	if !left.cap || !right.cap || a.roleKind(k-1) != rMod || a.roleKind(k+1) != rMod || a.placeAt[k-1] >= 0 {
		return k, stepPass
	}
	for _, w := range s.w.words {
		if toks[w].lower == "and" {
			s.w.words = append(s.w.words, k)
			return k - 1, stepTake
		}
	}
	return k, stepPass
}
