package extract

// leadHolder is the person a wire story's lead quotes by role alone and
// its next sentence names as the subject of a speech verb: "… the
// mission's commander said on Thursday. Rear Admiral Stefano Lauricella,
// who has led Operation Irini since January, said …" makes Lauricella the
// commander a later "The commander rejected that" means, though the title
// the article gave him is his rank. The role must be the head before a
// speech verb in one of the first two sentences, with no name by it; the
// next sentence must open with a person whose verb of speech follows and
// who holds no other office.
// Nil when the story does not open so.
func (a *analysis) leadHolder(head string, before int) *person {
	for s := 0; s < 2 && s+1 < len(a.d.sents); s++ {
		sent, next := a.d.sents[s], a.d.sents[s+1]
		if next.first >= before || !a.roleSaysIn(head, sent.first, sent.lim) {
			continue
		}
		return a.openingSpeaker(next, head)
	}
	return nil
}

// openingSpeaker is the person who opens sentence next, past the titles
// written before the name ("Rear Admiral"), when a verb of speech follows
// the name in the sentence and the person may hold the role head (see
// mayHoldLeadRole); nil otherwise.
func (a *analysis) openingSpeaker(next sentence, head string) *person {
	toks := a.d.toks
	mi := a.personAt[next.first]
	if mi < 0 {
		for k := next.first; k+1 < next.lim && k < next.first+6 && a.titleWordAt(k); k++ {
			if a.personAt[k+1] >= 0 {
				mi = a.personAt[k+1]
				break
			}
		}
	}
	if mi < 0 {
		return nil
	}
	m := a.mentions[mi]
	if per := a.people[m.person]; a.mayHoldLeadRole(per, head) {
		for k := m.lim; k < next.lim; k++ {
			if a.quoteAt[k] < 0 && !toks[k].cap && a.speechVerbAt(k) == k {
				return per
			}
		}
	}
	return nil
}

// roleSaysIn reports the lower-case role noun head before a speech verb
// (past an auxiliary or adverb) in [f, l), with no person named right
// before it.
func (a *analysis) roleSaysIn(head string, f, l int) bool {
	toks := a.d.toks
	for k := f; k < l; k++ {
		if toks[k].lower != head || toks[k].cap || a.quoteAt[k] >= 0 || a.personNear(k) {
			continue
		}
		if v := a.skipAuxOrAdverbs(k+1, k+4); v < l && a.speechVerbAt(v) == v {
			return true
		}
	}
	return false
}

// personNear reports a person named in the three tokens before k: "NAME's
// commander", "Lauricella, the commander," describe someone named.
func (a *analysis) personNear(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if a.personAt[j] >= 0 {
			return true
		}
	}
	return false
}

// mayHoldLeadRole reports a person who may hold the lead's role: one with
// no role, a rank alone ("Rear Admiral") or a generic head of command, or
// that role; "Senate leader
// NAME said" after "the president said" is someone else answering.
func (a *analysis) mayHoldLeadRole(p *person, head string) bool {
	if p.role == nil || a.holdsRole(p, head) {
		return true
	}
	for _, r := range p.roles {
		if !a.rankOnly(r) && !a.lx.roleTags[r.head+"/military"] && !(leadingHeads.has(r.head) && r.title == r.head) {
			return false
		}
	}
	return true
}

// leadingHeads are the generic heads a role verb gives ("who has led the
// mission": leader), which any office of command may be.
var leadingHeads = closedSet("leader", "head", "chief", "commander", "director")
