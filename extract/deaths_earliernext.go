package extract

// earlierFigureNextSentence returns the earlier toll that the sentence
// right after a toll d names with a dated noun of a figure: "Czech
// authorities revised down the death toll ... to five ... The minister
// said the earlier figure of seven had been based on reports from
// rescuers" (r31d). "earlier", "initial" and the noun say the number is
// the toll the revision replaced, as they do within the toll's own
// sentence (earlierFigures).
func (a *analysis) earlierFigureNextSentence(i int, d Deaths) []Deaths {
	toks := a.d.toks
	if !d.Cumulative {
		return nil
	}
	s := int(toks[i].sent) + 1

	if s >= len(a.d.sents) || a.d.sents[s].para > a.d.sents[s-1].para+1 {
		return nil
	}
	sent := a.d.sents[s]
	for k := sent.first; k+3 < sent.lim; k++ {
		if toks[k].lower != "the" && toks[k].lower != "an" || !earlierDating.hasToken(&toks[k+1]) ||
			!earlierNouns.hasToken(&toks[k+2]) || toks[k+3].lower != "of" || k+4 >= sent.lim {
			continue
		}
		n, ok := a.countAt(k + 4)
		if !ok || n.vague || n.age || a.isYear(n) || n.lim >= sent.lim {
			return nil
		}
		if !a.figureEndsAt(n.lim) && !figureAux.hasToken(&toks[n.lim]) {
			return nil // "the earlier figure of seven percent"
		}
		e := a.makeDeath(n, k+4, n.lim, ruleDeathToll)
		e.Cumulative = true
		return []Deaths{e}
	}
	return nil
}

// figureAux may follow an earlier figure as its clause's verb: "the
// earlier figure of seven had been based on ...".
var figureAux = closedSet("had", "has", "was", "is", "would", "will", "came", "included")
