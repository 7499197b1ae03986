package extract

// requestVerbs by which a state asks for personnel: "Kuwait had asked for
// a company of about 150 soldiers", "Manila requested 3,000 more police".
var requestVerbs = wordList("request-verb")

// hostAskerSender returns the sender of the figure n read as country when
// that state only asks for it and the article shows it hosting another
// state's personnel: "Kuwait hosts about 13,500 [US] ... Kuwait had asked
// for ... a company of about 150 soldiers" are American, the host asking
// its guest for more. A state asking with no guest named ("Manila asked
// for 3,000 more soldiers") or for police, who serve their own state,
// asks for its own: country stays.
func (a *analysis) hostAskerSender(n number, country string) string {
	if country == "" || a.requestingState(n) != country || a.policeAfter(n) {
		return country
	}
	for i := len(a.figuresSoFar) - 1; i >= 0; i-- {
		f := a.figuresSoFar[i]
		if f.country != "" && f.country != country && a.hostNamedIn(country, f.sent) {
			return f.country
		}
	}
	return country
}

// requestingState returns the state that opens the clause of the figure
// n as the subject of a verb of requesting whose object holds it: "Kuwait
// had asked for ... 150 soldiers"; else "".
func (a *analysis) requestingState(n number) string {
	toks := a.d.toks
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 1; k > first && k >= n.hedge-16; k-- {
		if !requestVerbs.hasToken(&toks[k]) {
			continue
		}
		if toks[k].lower == "asked" && (k+1 >= len(toks) || toks[k+1].lower != "for") {
			return "" // "asked Canberra to extend": askedOwner's
		}
		s := k - 1
		for s > first && auxWords.hasToken(&toks[s]) {
			s-- // "had asked", "has requested"
		}
		if s < 0 || a.placeAt[s] < 0 {
			return ""
		}
		m := a.places[a.placeAt[s]]
		if m.lim == s+1 && (m.state || m.kind == sCapital) && m.kind != sAdjective && !m.possessive {
			return m.code
		}
		return ""
	}
	return ""
}

// hostNamedIn reports a place of the state c named in the sentence
// sent.
func (a *analysis) hostNamedIn(c string, sent int) bool {
	for _, m := range a.places {
		if m.code == c && int(a.d.toks[m.first].sent) == sent {
			return true
		}
	}
	return false
}

// policeAfter reports a noun of police within three words after the
// figure n: "3,000 more police officers".
func (a *analysis) policeAfter(n number) bool {
	toks := a.d.toks
	for k := n.lim; k < len(toks) && k < n.lim+3; k++ {
		if policeNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
