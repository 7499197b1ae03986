package extract

// titleOwnerRole is the role whose owner says who holds r: r itself, or,
// for a rank before the name that follows a definite title with an owner
// ("the command's spokesman, Senior Colonel NAME"), that title's role, so
// that the rank is the owner's as the title is (rankAfterTitle).
func (a *analysis) titleOwnerRole(r *role) *role {
	if r.owner >= 0 {
		return r
	}
	return a.rankAfterTitle(r)
}

// apposedBodyBackState returns the state of the body that a title in an
// apposition after the name serves, for a rank before the name: "Major
// General NAME, spokesman for the Joint Operations Command" after "the
// Iraqi Joint Operations Command" holds an Iraqi office, whatever other
// state's army the story names (namedBodyBackState). A body the text
// never names with its state gives none ("Colonel NAME, a spokesman for
// the Joint Chiefs of Staff" keeps the state its context gives).
func (a *analysis) apposedBodyBackState(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.at >= len(toks) || a.personAt[r.at] < 0 {
		return ""
	}
	k := a.mentions[a.personAt[r.at]].lim
	if k+2 >= len(toks) || toks[k].text != "," {
		return ""
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if t.lower == "for" || t.lower == "of" {
			lo := j + 1
			if lo < len(toks) && toks[lo].lower == "the" {
				lo++
			}
			return a.namedBodyBackState(lo, a.capRunEnd(lo))
		}
		if t.kind != tWord || t.cap {
			return ""
		}
	}
	return ""
}

// namedBodyBackState returns the state of the body whose capitalised name
// is [lo, hi) when the text named it before with that state in front:
// its adjective or name ("the Iraqi Joint Operations Command", "Japan's
// Coast Guard") or a state's agency with "'s" ("the People's Liberation
// Army's Eastern Theater Command"). Only a body bodyName reads as one
// counts; a name of the gazetteer's, a party's or a firm's gives none.
func (a *analysis) namedBodyBackState(lo, hi int) string {
	toks := a.d.toks
	n := hi - lo
	if n < 2 || hi > len(toks) || a.orgAt[lo] >= 0 {
		return ""
	}
	if _, ok := a.bodyName(lo, hi); !ok {
		return ""
	}
	for k := lo - 1; k >= 2; k-- {
		if !a.sameWordsAt(k, lo, n) || k+n < len(toks) && toks[k+n].cap && toks[k+n].kind == tWord {
			continue
		}
		if m, ok := a.stateMentionAt(k - 1); ok && m.kind != sCapital {
			return m.code // "the Iraqi Joint Operations Command"
		}
		if toks[k-1].lower != "'s" {
			continue
		}
		if m, ok := a.stateMentionAt(k - 2); ok && m.kind != sCapital {
			return m.code // "Iraq's Joint Operations Command"
		}
		if c := a.agencyOwnerState(k - 1); c != "" {
			return c
		}
	}
	return ""
}

// stateDutyCommittees open the phrase after "Committee" that names a duty
// only a state has (words_people.tsv state-duty-committee).
var stateDutyCommittees = wordList("state-duty-committee")

// stateDutyCommittee reports a body's name whose head at head is
// "Committee" and whose of- or for-phrase, up to hi, opens with a state's
// duty: "Committee of Emergency Situations and Civil Defence" is a
// state's, as a ministry of emergencies would be; "Committee for the
// Defence of Human Rights" is not.
func (a *analysis) stateDutyCommittee(head, hi int) bool {
	toks := a.d.toks
	if head+2 >= hi || toks[head].lower != "committee" {
		return false
	}
	if p := toks[head+1].lower; p != "of" && p != "for" {
		return false
	}
	return stateDutyCommittees.hasToken(&toks[head+2])
}

// afterOpeningName reports "its" at i right after the name that opens its
// sentence and a comma: "NAME, its executive director, said" stands for
// the body the sentence before names, as "Its executive director, NAME,"
// would.
func (a *analysis) afterOpeningName(i int) bool {
	toks := a.d.toks
	if i < 2 || toks[i-1].text != "," || a.personAt[i-2] < 0 {
		return false
	}
	m := a.mentions[a.personAt[i-2]]
	return m.lim == i-1 && m.first == a.d.sents[toks[i].sent].first
}

// itsApposedTitle reports "its" at j opening the apposition after mention
// mi that opens its sentence, where the sentence before names the body
// "its" stands for (itsAntecedentOf): "NAME, its executive director,
// said" after "Monitors from the Promo-LEX association said ..." is the
// association's. With no such body the apposition is left unread, as
// before: "its" may stand for a place or a firm the rules cannot name.
func (a *analysis) itsApposedTitle(mi, j int) bool {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "its" || !a.afterOpeningName(j) || a.mentions[mi].lim != j-1 {
		return false
	}
	return a.itsAntecedentOf(&role{titleLo: j + 1, at: a.mentions[mi].first, owner: -1}).kind != itsNone
}

// memberPhraseBody returns the "the" of the body a subject's people come
// from, "Election monitors from the Promo-LEX association said", "Lawyers
// at the Halo Legal Centre said": up to three plain words, then "from",
// "at" or "of" and "the". The sentence's subject is then the body's
// people, and "its" after it the body's. Else it returns first.
func (a *analysis) memberPhraseBody(first, lim int) int {
	toks := a.d.toks
	for k := first; k < lim && k <= first+3; k++ {
		t := &toks[k]
		if t.kind != tWord || a.personAt[k] >= 0 || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 {
			return first
		}
		if w := t.lower; (w == "from" || w == "at" || w == "of") && k > first && k+1 < lim && toks[k+1].lower == "the" {
			return k + 1
		}
	}
	return first
}
