package extract

// groupNounBackBody returns the armed group that a lower-case group noun
// in a role's complement refers back to: "fighters of the Carlos Patiño
// front detonated explosives ... NAME, who describes himself as a
// spokesman for the dissident front," speaks for the Carlos Patiño front,
// no state (r29a). The complement is "for" or "of", "the", lower-case
// words and the group's noun (armed-group-head) within a few words after
// the title's head; the name is a capitalised run written before that
// same noun in lower case earlier in the story. "" otherwise.
func (a *analysis) groupNounBackBody(r *role) string {
	toks := a.d.toks
	if r.titleHi <= 0 || r.titleHi > len(toks) {
		return ""
	}
	k := r.titleHi - 1
	for k < len(toks) && k < r.titleHi+2 && toks[k].lower != "for" && toks[k].lower != "of" {
		k++
	}
	if k+2 >= len(toks) || (toks[k].lower != "for" && toks[k].lower != "of") || toks[k+1].lower != "the" {
		return ""
	}
	n := k + 2
	for n < len(toks) && n < k+5 && toks[n].kind == tWord && !toks[n].cap && !armedGroupHeads.hasToken(&toks[n]) {
		n++
	}
	if n >= len(toks) || toks[n].cap || !armedGroupHeads.hasToken(&toks[n]) {
		return ""
	}
	for j := k - 1; j > 0; j-- {
		if toks[j].cap || toks[j].lower != toks[n].lower || !toks[j-1].cap || toks[j-1].kind != tWord {
			continue
		}
		lo := j - 1
		for lo > 0 && j-lo < 4 && toks[lo-1].cap && toks[lo-1].kind == tWord && !toks[lo-1].sentStart {
			lo--
		}
		if a.placeAt[lo] >= 0 || a.personAt[lo] >= 0 && a.mentions[a.personAt[lo]].lim != j {
			return "" // "the Cauca front": a place's stretch of front line
		}
		return stripInvisible(a.d.text[toks[lo].start:toks[j].end])
	}
	return ""
}
