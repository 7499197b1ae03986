package extract

// A role named first without its holder and with its body ("A spokesman
// for the Edhi Foundation said ...") and then with "the" and a name ("the
// spokesman, NAME, said") is the same role: the body named first holds it.

// earlierIndefiniteBody returns the body that is no state's named after
// "a" or "an", the same title and "for", "of" or "at", before a title
// written after "the", in its sentence or the ownerReach before it; ""
// when there is none or the body is a state's ("A spokesman for the
// Interior Ministry").
func (a *analysis) earlierIndefiniteBody(r *role) string {
	toks := a.d.toks
	n := r.titleHi - r.titleLo
	if n < 1 || n > 3 || r.titleLo < 1 || r.titleHi > len(toks) || toks[r.titleLo-1].lower != "the" {
		return ""
	}
	from := a.d.sents[max(int(toks[r.titleLo].sent)-ownerReach, 0)].first
	for k := r.titleLo - 2 - n; k >= from; k-- {
		if toks[k].lower != "a" && toks[k].lower != "an" || !a.sameTitleWords(k+1, r.titleLo, n) {
			continue
		}
		p := k + 1 + n
		if p+2 >= len(toks) || !bodyObjectPreps.hasToken(&toks[p]) {
			return ""
		}
		j := p + 1
		if toks[j].lower == "the" {
			j++
		}
		if g, ok := a.orgAtTok(j); ok && g.first == j {
			if kind := a.lx.orgs[g.org].Kind; kind == "agency" || kind == "party" {
				return ""
			}
			return a.lx.orgs[g.org].Name
		}
		e := a.nameRunEnd(j)
		// a body named after a place may be its local government's
		if state, ok := a.bodyName(j, e); ok && !state && (a.placeAt[j] < 0 || a.places[a.placeAt[j]].kind == sAdjective) {
			return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
		}
		return ""
	}
	return ""
}

// sameTitleWords reports the n words from i written as the n words from
// j, case aside: "A spokesman" and "the spokesman".
func (a *analysis) sameTitleWords(i, j, n int) bool {
	toks := a.d.toks
	for d := range n {
		if toks[i+d].kind != tWord || toks[i+d].lower != toks[j+d].lower {
			return false
		}
	}
	return true
}

// spelledStateBody reports an owner of one acronym at [lo, hi] whose name
// the article spells out, before or after it, as a state's body: "the
// Health Service Executive ... The HSE's regional officer" holds a
// state's office, unlike "the Teachers' Union ... The TU's officer".
func (a *analysis) spelledStateBody(lo, hi int) bool {
	toks := a.d.toks
	if lo != hi || !isAcronym(toks[lo].text) {
		return false
	}
	acronym := toks[lo].text
	for j := 0; j < len(toks); j++ {
		if !toks[j].cap || toks[j].kind != tWord || j > 0 && toks[j-1].cap && toks[j-1].kind == tWord {
			continue
		}
		e := a.capRunEnd(j)
		if e-j != len(acronym) {
			continue
		}
		same := true
		for x := j; x < e && same; x++ {
			same = toks[x].text[0] == acronym[x-j]
		}
		if state, ok := a.bodyName(j, e); same && ok && state {
			return true
		}
	}
	return false
}

// statelessRoleAdjs make a role noun after them no state's office:
// "international official".
var statelessRoleAdjs = wordList("stateless-role-adj")

// statelessApposition reports an apposition right after a mention of p,
// "the", "a" or "an", such an adjective and a role noun: "The High
// Representative, NAME, the international official who oversees the
// accord," holds no office of the state where it is served.
func (a *analysis) statelessApposition(p *person) bool {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k := a.mentions[mi].lim
		if k+3 >= len(toks) || toks[k].text != "," {
			continue
		}
		switch toks[k+1].lower {
		case "the", "a", "an":
		default:
			continue
		}
		if statelessRoleAdjs.hasToken(&toks[k+2]) && !toks[k+3].cap && a.roleKind(k+3) != 0 {
			return true
		}
	}
	return false
}
