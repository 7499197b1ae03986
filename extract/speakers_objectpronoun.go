package extract

// objectPronounAfter reports, in the clause the mention at token tok is
// the subject of, a pronoun of the gender as the verb's object: "him", or
// "her" that no noun follows ("NAME, chairman of the district, stood next
// to her as she spoke"). The pronoun stands for someone other than the
// subject, who would be "himself" or "herself": a person of unknown gender
// named there is likely not the one a later pronoun of that gender means,
// while the one it stands for is still in view. A clause of its own
// between ("NAME has four goals since Minnesota traded him"), or the
// clause a speech verb reports ("NAME said rescuers pulled her out"),
// ends the search: its subject is someone else.
func (a *analysis) objectPronounAfter(tok int, gender byte) bool {
	toks := a.d.toks
	mi := a.personAt[tok]
	if mi < 0 {
		return false
	}
	k := a.skipApposition(int(a.mentions[mi].lim))
	for lim := a.d.sents[toks[tok].sent].lim; k < lim && k < tok+20; k++ {
		t := &toks[k]
		if a.quoteAt[k] >= 0 || t.kind != tWord || t.cap || subordinators.hasToken(t) || ownClauseOpeners.hasToken(t) || a.quoteClass(k, qcSpeech) {
			return false
		}
		switch {
		case t.lower == "him" && gender == 'M':
			return true
		case t.lower == "her" && gender == 'F' && k+1 < lim:
			n := &toks[k+1]
			return n.kind == tPunct || subordinators.hasToken(n) || prepositions.hasToken(n) || n.lower == "and" || n.lower == "to"
		}
	}
	return false
}

// ownClauseOpeners open a clause with a subject of its own inside a sentence.
var ownClauseOpeners = closedSet("that", "who", "which", "whom", "and", "but", "or")
