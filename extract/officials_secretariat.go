package extract

// secretariatHeads are the offices that head an international body's
// secretariat, written with a capital (words_people.tsv secretariat-head).
var secretariatHeads = wordList("secretariat-head")

// secretariatBody returns the international body of a role written with
// its secretariat's head and no state or body of its own: "Secretary-General
// NAME", "the Secretary-General's personal envoy", "NAME, the Special
// Representative of the Secretary-General". The office is the body's
// wherever the story is set, so no state near it is the role's. A head
// after a capitalised word other than "The" ("Fretilin Secretary-General",
// also opening a sentence) or owned by
// another noun ("the party's Secretary-General") is left alone.
func (a *analysis) secretariatBody(r *role) string {
	toks := a.d.toks
	if r.country != "" || r.org != "" || r.titleLo < 0 || r.titleHi > len(toks) {
		return ""
	}
	lo := r.titleLo
	if lo >= 2 && toks[lo-1].lower == "'s" {
		lo -= 2 // "the Secretary-General's spokesman"
	}
	hi := r.titleHi
	if hi+2 < len(toks) && (toks[hi].lower == "for" || toks[hi].lower == "of") && toks[hi+1].lower == "the" {
		hi += 3 // "The spokesman for the Secretary-General, NAME,"
	}
	for k := lo; k < hi; k++ {
		if !toks[k].cap && !lowerSecretariatOwner(toks, k) || !a.secretariatHeadAt(k) {
			continue
		}
		if g, ok := a.orgAtTok(k - 1); ok && a.lx.orgs[g.org].Kind == "intl" {
			return a.lx.orgs[g.org].Name // "the U.N. Secretary-General's envoy", split after "U.N."
		}
		if k > 0 && toks[k-1].cap && toks[k-1].lower != "the" || r.owner >= 0 && r.owner != k || a.headOfOtherBody(k) {
			return ""
		}
		return a.soleIntlBody()
	}
	return ""
}

// headOfOtherBody reports a secretariat's head at k followed by "of" or
// "for" and a capitalised name that is no international body's: "Secretary
// General of the Foreign Ministry" heads a state's office.
func (a *analysis) headOfOtherBody(k int) bool {
	toks := a.d.toks
	j := k + 1
	if j < len(toks) && toks[j].cap && toks[k].lower == "secretary" {
		j++ // "Secretary General"
	}
	if j+1 >= len(toks) || toks[j].lower != "of" && toks[j].lower != "for" {
		return false
	}
	if j++; toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if !toks[j].cap {
		return false
	}
	g, ok := a.orgAtTok(j)
	return !ok || a.lx.orgs[g.org].Kind != "intl"
}

// secretariatHeadAt reports a secretariat's head at token k, in one word
// ("Secretary-General") or two ("Secretary General").
func (a *analysis) secretariatHeadAt(k int) bool {
	toks := a.d.toks
	if secretariatHeads.hasToken(&toks[k]) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].cap && secretariatHeads.has(toks[k].lower+" "+toks[k+1].lower)
}

// soleIntlBody returns the UN when the article names it, else the one
// international body it names; "" when it names none or several.
func (a *analysis) soleIntlBody() string {
	found, several := "", false
	for _, m := range a.orgs {
		switch g := a.lx.orgs[m.org]; {
		case g.Kind != "intl":
		case g.Name == "UN":
			return g.Name
		case found == "":
			found = g.Name
		case found != g.Name:
			several = true
		}
	}
	if several {
		return ""
	}
	return found
}

// lowerSecretariatOwner reports a secretariat's head in lower case that
// owns the role as "the secretary-general's": the possessive after
// "the" names the office as the capital does ("the secretary-general's
// personal envoy"); "a party secretary-general" is left alone.
func lowerSecretariatOwner(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].lower == "the" && toks[k+1].lower == "'s"
}

// mandateHeads are role nouns that, after "special", name a mandate of
// an international body (words_people.tsv mandate-head).
var mandateHeads = wordList("mandate-head")

// mandateBody returns the international body (the UN when the article
// names it or no body) of a role such as "the special rapporteur on extrajudicial
// executions" that writes no state or body of its own: the state the
// story is about is not the mandate's.
func (a *analysis) mandateBody(r *role) string {
	toks := a.d.toks
	if r.explicit || r.org != "" || r.titleLo < 1 || r.titleHi > len(toks) || !mandateHeads.has(r.head) {
		return ""
	}
	for k := r.titleLo; k < r.titleHi; k++ {
		if toks[k].lower != "special" {
			continue
		}
		if body := a.soleIntlBody(); body != "" {
			return body
		}
		return "UN" // the mandates are the UN's where the article names no body ("a UN-appointed expert")
	}
	return ""
}
