package extract

// contestWords name what a candidate wins: "won the by-election", "won
// the race" (words_people.tsv contest-noun).
var contestWords = wordList("contest-noun")

// electionWinner is the person the article names, before token before,
// as the winner of a vote, whom "the new MP said" or "the newly elected
// mayor told" means when no sentence before words the office so
// (newHolder): "NAME, a former firefighter, took 14,208 votes", "NAME won
// the by-election", "NAME was elected", "NAME defeated NAME2". The winner
// named last before wins; nil when there is none.
func (a *analysis) electionWinner(before int) *person {
	var won *person
	for _, m := range a.mentions {
		if m.first >= before {
			break
		}
		if per := a.people[m.person]; a.personLike(per) && a.winsAt(a.skipApposition(m.lim)) {
			won = per
		}
	}
	return won
}

// winsAt reports a clause at k by which its subject wins a vote: "was
// elected", "won the seat", "took 52% of the vote", "beat the
// incumbent in the race", "defeated NAME".
func (a *analysis) winsAt(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) {
		return false
	}
	if x := toks[k].lower; (x == "was" || x == "is" || x == "has" || x == "had") && k+2 < len(toks) {
		n := k + 1
		if toks[n].lower == "been" {
			n++
		}
		if y := toks[n].lower; y == "elected" || y == "re-elected" {
			return true
		}
	}
	if toks[k].lower == "lost" || !electionVerbs.hasToken(&toks[k]) && !defeatVerbs.hasToken(&toks[k]) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		t := &toks[j]
		if t.kind == tPunct && t.text != "%" && t.text != "." || t.sentStart {
			return false
		}
		if electionSpoils.hasToken(t) || contestWords.hasToken(t) {
			return true
		}
		if a.personAt[j] >= 0 && j <= k+3 && defeatVerbs.hasToken(&toks[k]) {
			return true // "defeated incumbent NAME"
		}
	}
	return false
}

// defeatVerbs tell what a winner did to a rival at the polls
// (words_people.tsv defeat-verb).
var defeatVerbs = wordList("defeat-verb")
