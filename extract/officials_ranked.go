package extract

// A title written before a name may say only a rank or a state-looking
// word ("Retired Colonel NAME", "Major NAME"); a clause right after the
// name that names a body no state owns says whose office is held:
// "Colonel NAME, chairman of the Union of Veterans," is the union's,
// "Major NAME, who heads the Danish Veterans' Association," the
// association's, whatever state the sentence names.

// bodyAfterTitledName returns the name of a body that is no state's named
// right after the name of a role whose title stands before it: the
// complement of a role noun in an apposition, or the object of a role
// verb after "who"; "" when there is none or the body is a state's
// ("commander of Kazakhstan's battalion", "who commands the Danish Home
// Guard").
func (a *analysis) bodyAfterTitledName(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.at >= len(toks) || a.personAt[r.at] < 0 || r.titleHi > r.at {
		return ""
	}
	lim := a.mentions[a.personAt[r.at]].lim
	j := a.appositionComplement(lim)
	if j < 0 {
		if v := a.roleVerbAt(lim); v >= 0 {
			j = a.roleVerbObject(v)
		}
	}
	if j < 0 || j+1 >= len(toks) || toks[j].lower != "the" {
		return "" // a possessive state ("of Kazakhstan's battalion") or no body
	}
	j++
	e := a.nameRunEnd(j)
	if e <= j || !a.bodyNameEnds(e, j) || toks[j].sent != toks[r.at].sent {
		return ""
	}
	if state, ok := a.bodyName(j, e); ok && !state {
		return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
	}
	return ""
}

// appositionComplement returns the token after "of" or "at" in an
// apposition that opens right after a name ending at lim with a role
// noun: ", chairman of", ", a senior adviser at"; -1 if none.
func (a *analysis) appositionComplement(lim int) int {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].text != "," {
		return -1
	}
	k := lim + 1
	if w := toks[k].lower; w == "the" || w == "a" || w == "an" {
		k++
	}
	head := false
	for ; k < len(toks) && k < lim+6 && toks[k].kind == tWord && !toks[k].cap; k++ {
		if toks[k].lower == "of" || toks[k].lower == "at" {
			if head {
				return k + 1
			}
			return -1
		}
		rk := a.roleKind(k)
		head = rk == rHead || rk == rWeak
	}
	return -1
}

// staffBodies are a company's or an employer's staff bodies
// (words_people.tsv staff-body).
var staffBodies = wordList("staff-body")

// staffBodyTitle reports a title that holds an office of a staff body:
// "Works council chairman", "head of the staff council"; such a body
// elects its officers from a company's workforce, no state's office
// whatever state the story is about.
func (a *analysis) staffBodyTitle(title string) bool {
	words := a.lowerFields(title)
	for i := 0; i+1 < len(words); i++ {
		if staffBodies.has(words[i] + " " + words[i+1]) {
			return true
		}
	}
	return false
}
