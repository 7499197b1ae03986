package extract

// apposedToSubjectNoun reports a name of two words or more set off by
// commas right before a speech verb, after the noun phrase that opens its
// sentence with an article and ends in a lower-case noun for a person
// (a role or a human noun), bare or with a prepositional complement: "A
// deputy from the opposition-leaning Social Democratic Party, Aigul
// Temirkhanova, said", "The All Blacks Sevens coach, Tomasi Cama Lowe,
// said". The noun the name is apposed to says it names a person, though
// no title the officials rules know stands before it. A phrase that holds
// no such noun ("The capital of the region, Addis Ababa, said") or a
// clause ("The minister met the envoy, NAME, said") is no evidence, nor
// is a name with a place, a word the text writes in lower case or a
// body's noun in it, a firm's ("The ship's Greek manager, Aegean Dry
// Bulk, said").
func (a *analysis) apposedToSubjectNoun(first, start, lim int) bool {
	toks := a.d.toks
	if lim-start < 2 || first < 3 || lim+1 >= len(toks) || toks[first-1].text != "," || toks[lim].text != "," || !a.saysAt(lim+1) {
		return false
	}
	for k := start; k < lim; k++ {
		if a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.writtenLower(toks[k].lower) {
			return false // "The ship's Greek manager, Aegean Dry Bulk, said": a firm's words
		}
	}
	if _, ok := a.lx.bodyWords[toks[lim-1].lower]; ok {
		return false // "The operator, Pacific Marine Services, said"
	}
	s := first - 2
	for s > 0 && first-s < 14 && !toks[s].sentStart {
		if t := toks[s]; t.kind != tWord && t.lower != "'s" {
			return false
		}
		s--
	}
	switch toks[s].lower {
	case "a", "an", "the":
	default:
		return false
	}
	if !toks[s].sentStart {
		return false
	}
	// the head: the first lower-case noun for a person, with the nouns
	// for a person right after it ("head coach"); a comma or a
	// preposition must follow, else the phrase is a clause ("The minister
	// met the envoy,")
	for h := s + 1; h < first-1; h++ {
		if !a.personNoun(h) {
			continue
		}
		for h+1 < first-1 && a.personNoun(h+1) {
			h++
		}
		if firmRoles.hasToken(&toks[h]) {
			return false // "The operator, Andes Hydro Power, said": a firm as often
		}
		n := &toks[h+1]
		return h+1 == first-1 || prepositions.hasToken(n) || complementPreps.hasToken(n) || n.lower == "in"
	}
	return false
}

// firmRoles are nouns for a party to a deal or a trade, a firm as often
// as a person (words_people.tsv firm-role).
var firmRoles = wordList("firm-role")
