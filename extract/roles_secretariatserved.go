package extract

// secretariatServedTitle reads the title after "the secretary-general's"
// at j ("who serves as the secretary-general's special envoy") and gives
// it the international body the article names: the office is the body's,
// not the state of the holder's former post. ok is false when j holds no
// such owner or no title follows it.
func (a *analysis) secretariatServedTitle(j int) (titleWalk, bool) {
	toks := a.d.toks
	if j+3 >= len(toks) || !lowerSecretariatOwner(toks, j+1) || !a.secretariatHeadAt(j+1) {
		return titleWalk{}, false
	}
	body := a.soleIntlBody()
	w, _, ok := a.titleAfter(j + 3)
	if !ok || body == "" || w.country != "" || w.org != "" {
		return titleWalk{}, false
	}
	w.org, w.orgKind, w.nonState = body, "intl", true
	return w, true
}
