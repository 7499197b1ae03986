package extract

// Wire copy moves its scene with a frame, "In Seoul, Defence Minister
// NAME said ...", and keeps it over the next paragraphs, each a sentence
// or two, until another state or place comes in: "A presidential
// spokesperson, NAME, said ..." two paragraphs on is still Seoul's, not
// the office of the state the story is most about (fx50, r35a).

// carriedSceneReach is how many paragraphs before a title's own a frame
// may open.
const carriedSceneReach = 2

// carriedSceneState returns the state of a frame "In PLACE," (a state's
// name or a capital) that opens one of the carriedSceneReach paragraphs
// before the one role r's title opens, when no place of another state is
// named from the frame to the end of the title's sentence; else "".
func (a *analysis) carriedSceneState(r *role) string {
	toks := a.d.toks
	lo := r.titleLo
	if lo >= 1 && lo < len(toks) && !toks[lo].sentStart && articles.hasToken(&toks[lo-1]) {
		lo-- // "A presidential spokesperson, NAME,"
	}
	if lo < 1 || lo >= len(toks) || !toks[lo].sentStart {
		return ""
	}
	para := int(toks[lo].para)
	if a.d.paras[para].first != lo {
		return "" // the title opens its paragraph, the way a new speaker does
	}
	own := a.d.sents[toks[lo].sent]
	for q := para - 1; q >= 0 && q >= para-carriedSceneReach; q-- {
		f := a.d.paras[q].first
		c, lim := a.sceneFrameAt(f)
		if c == "" {
			continue
		}
		if a.namesPlaceNotOf(c, lim, own.lim) {
			return ""
		}
		return c
	}
	return ""
}

// sceneFrameAt reads "In PLACE," at token f, PLACE a state's name or a
// capital of one state, and returns its state and the token after the
// comma; "" when f opens no such frame.
func (a *analysis) sceneFrameAt(f int) (string, int) {
	toks := a.d.toks
	if f+3 >= len(toks) || toks[f].lower != "in" || a.placeAt[f+1] < 0 {
		return "", 0
	}
	m := a.places[a.placeAt[f+1]]
	if m.first != f+1 || m.lim >= len(toks) || toks[m.lim].text != "," || m.code == "" || m.ambiguous || len(m.altCodes) > 0 {
		return "", 0
	}
	if !(m.state && m.kind == sName) && m.kind != sCapital {
		return "", 0
	}
	return m.code, m.lim + 1
}
