package extract

// activateVerbs, after "not", say that personnel on standby were never
// called out: "have not been mobilised", "has not activated them".
var activateVerbs = wordList("activate-verb")

// standbyNotActivated reports a figure n whose personnel the sentence puts
// on standby (or alert) and then says were not activated, mobilised or
// sent: "Texas has 1,200 Guard members on standby, but the governor has
// not activated them", "Another 2,500 were told to remain on standby but
// have not been mobilised". GUIDELINES count personnel deployed, pledged,
// offered, requested, withdrawn or stationed; personnel the article says
// were not called out are none of these. Standby alone still counts
// ("500 more on standby in Guayaquil"), as readiness to deploy, and so
// does a regional standby force's size, whose members states pledge
// ("A SADC standby brigade of 1,500 was put on alert but has not been
// mobilised").
func (a *analysis) standbyNotActivated(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	for k := n.hedge - 1; k >= s.first && k >= n.hedge-4; k-- {
		if readinessWords.hasToken(&toks[k]) {
			return false // "A SADC standby brigade of 1,500": a regional force's pledged size
		}
	}
	standby := false
	for k := n.lim; k < s.lim; k++ {
		switch {
		case toks[k].text == ";" || toks[k].kind == tNum:
			return false // another clause or figure
		case !standby:
			standby = toks[k].lower == "on" && k+1 < s.lim && readinessWords.hasToken(&toks[k+1])
		case toks[k].lower == "not" || toks[k].lower == "never":
			return activatedAfterNot(toks, k+1, s.lim)
		}
	}
	return false
}

// idleTails may follow the verb of activateVerbs with nothing more said
// of where: "has not activated them", "not mobilised yet", "not sent so
// far".
var idleTails = closedSet("them", "yet", "so", "since", "either")

// readinessWords after "on" hold personnel ready, not at work: "on
// standby", "on alert" (not "on patrol").
var readinessWords = closedSet("standby", "stand-by", "alert")

// activatedAfterNot reports a verb of activateVerbs from k on, past
// "been", "yet" and adverbs, that ends its clause: "not (yet) (been)
// mobilised".
func activatedAfterNot(toks []token, k, lim int) bool {
	for ; k < lim && k < len(toks); k++ {
		t := &toks[k]
		if activateVerbs.hasToken(t) {
			// the verb closes its clause: "had not been deployed on the
			// streets" says where they were not sent, not that they never were
			return k+1 >= lim || toks[k+1].kind != tWord || idleTails.hasToken(&toks[k+1])
		}
		if t.lower != "been" && t.lower != "yet" && !isAdverb(*t) {
			return false
		}
	}
	return false
}
