package extract

// partyNameOpensTitle reports a title of two words or more right after
// a party's name, not its adjective: "BJP State president", "Bersatu
// information chief" are offices of the party's state unit or its
// portfolio; so is one lower-case word ("PRI president NAME"), which
// copy capitalises when it is the state's: "ANC President NAME" and
// "Republican President NAME" stay the state's.
func (a *analysis) partyNameOpensTitle(r *role) bool {
	k := r.titleLo - 1
	if k < 0 || k >= len(a.d.toks) || r.titleHi-r.titleLo < 2 && (r.titleHi <= r.titleLo || a.d.toks[r.titleLo].cap) {
		return false
	}
	o, ok := a.orgAtTok(k)
	if !ok || o.lim != k+1 || a.lx.orgs[o.org].Kind != "party" {
		return false
	}
	t := &a.d.toks[k]
	return !partyMembers.hasToken(t)
}

// partyOfficeHead is the office of a title whose last word only
// completes it: "secretary general" is a secretary's office, as
// "Party secretary general NAME" is the party's; "Attorney General"
// stays the attorney's, no party office.
func partyOfficeHead(words []string, head string) string {
	if n := len(words); head == "general" && n > 1 && words[n-1] == "general" {
		return words[n-2]
	}
	return head
}

// partyOfOwnsTitle reports a title that "of" ties to a party's name
// right after it: "The president of Morena, NAME," holds the party's
// presidency, as "Morena's president" does; "President of Mexico" and
// "president of the Senate" name no party.
func (a *analysis) partyOfOwnsTitle(r *role) bool {
	k := r.titleHi
	if k+1 >= len(a.d.toks) || a.d.toks[k].lower != "of" {
		return false
	}
	if a.d.toks[k+1].lower == "the" {
		k++
	}
	o, ok := a.orgAtTok(k + 1)
	return ok && o.first == k+1 && a.lx.orgs[o.org].Kind == "party"
}

// pastAcronymGloss returns the token after a bracketed acronym that
// glosses the name ending before e ("the Party of Democratic Action
// (SDA) called"), so the subject is read to its verb; else e.
func (a *analysis) pastAcronymGloss(e, lim int) int {
	toks := a.d.toks
	if e+2 < lim && toks[e].text == "(" && toks[e+2].text == ")" && (capitalLetters(toks[e+1].text) || mixedAcronym(toks[e+1].text)) {
		return e + 3
	}
	return e
}

// ledCompound reports a capitalised compound whose last part is a
// lower-case participle, a modifier like "right-wing": "the Bosniak-led
// Party of Democratic Action", "the Kremlin-backed party".
func ledCompound(w string) bool {
	n := len(w)
	for i := n - 2; i > 0; i-- {
		if w[i] == '-' {
			return w[i+1] >= 'a' && w[i+1] <= 'z' && n-i > 3 && w[n-2:] == "ed"
		}
	}
	return false
}
