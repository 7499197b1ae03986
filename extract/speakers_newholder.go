package extract

// newHolder is the person the article named as the new (or incoming)
// holder of the office that "the new defence minister said" names, when
// it also named the outgoing one: the person nearest the earlier "new
// defence minister" in its sentence ("Holm handed over to Lund, sworn in
// as the new defence minister"), or nil when no sentence words it so.
func (a *analysis) newHolder(p *npPhrase) *person {
	toks := a.d.toks
	if p.first.lower != "the" || p.l-p.f < 3 || !freshWords.hasToken(&toks[p.f+1]) {
		return nil
	}
	n := p.l - p.f - 1 // the words after "the"
	for m := p.f - n; m >= 0; m-- {
		if !a.sameWords(m, p.f+1, n) {
			continue
		}
		if per := a.personNearest(m, m+n); per != nil {
			return per
		}
	}
	return a.electionWinner(p.f) // "NAME took 14,208 votes ... the new MP told reporters"
}

// personNearest is the person named nearest the tokens [f, l) in their
// sentence.
func (a *analysis) personNearest(f, l int) *person {
	toks := a.d.toks
	best, dist := -1, len(toks)
	for k := f - 1; k >= 0 && f-k < dist; k-- {
		if mi := a.personAt[k]; mi >= 0 && a.personLike(a.people[a.mentions[mi].person]) {
			best, dist = a.mentions[mi].person, f-k
			break
		}
		if toks[k].sentStart {
			break
		}
	}
	for k := l; k < len(toks) && !toks[k].sentStart && k-l+1 < dist; k++ {
		if mi := a.personAt[k]; mi >= 0 && a.personLike(a.people[a.mentions[mi].person]) {
			best = a.mentions[mi].person
			break
		}
	}
	if best < 0 {
		return nil
	}
	return a.people[best]
}

// freshWords mark the holder who takes an office over: "the new
// minister", "the incoming governor", "the newly elected mayor".
var freshWords = closedSet("new", "incoming", "newly", "newly-appointed", "newly-elected")
