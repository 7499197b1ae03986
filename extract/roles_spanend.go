package extract

import "strings"

// titleSpanUnits are units of a span of time: "for nine years".
var titleSpanUnits = wordList("title-span-unit")

// spanEndsTitle reports a phrase at k after a title that says how long or
// when the role was held, not whose it is: "chief justice for nearly nine
// years", "who served as chief justice after leaving the White House".
// The body after "after leaving" is the one the holder left, not the
// owner of the title.
func (a *analysis) spanEndsTitle(k int) bool {
	toks := a.d.toks
	switch toks[k].lower {
	case "for":
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == toks[k].sent && toks[j].kind == tWord && !toks[j].cap; j++ {
			if titleSpanUnits.hasToken(&toks[j]) {
				return j > k+1 // "for nine years", "for nearly two decades"
			}
		}
	case "after", "before", "upon", "since":
		nx := &toks[k+1]
		return nx.kind == tWord && !nx.cap && len(nx.lower) > 5 && strings.HasSuffix(nx.lower, "ing")
	}
	return false
}

// abodeParticiples and abodeStates tell where a person lives after a
// title: "living in", "based in", "in exile".
var abodeParticiples, abodeStates = wordList("abode-participle"), wordList("abode-state")

// abodeEndsTitle reports a phrase at k after a title that says where its
// holder lives, not whose the role is: "a former foreign minister now
// living in exile", "a rights lawyer based in Nairobi", "an opposition
// leader currently in hiding".
func (a *analysis) abodeEndsTitle(k int) bool {
	toks := a.d.toks
	if k+1 < len(toks) && (toks[k].lower == "now" || toks[k].lower == "currently" || toks[k].lower == "still") {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return false
	}
	if toks[k].lower == "in" {
		return abodeStates.hasToken(&toks[k+1]) // "now in exile"
	}
	w := toks[k+1].lower
	return abodeParticiples.hasToken(&toks[k]) && (w == "in" || w == "abroad" || w == "outside" || w == "near")
}

// remitHeads tell what a role holder answers for after a title: the
// adjective of "responsible for" and the noun of "in charge of".
var remitHeads = wordList("remit-head")

// remitEndsTitle reports a phrase at k after a title that says what its
// holder looks after, not whose the role is: "a Foreign Office minister
// responsible for the Indo-Pacific", "an officer in charge of logistics".
func (a *analysis) remitEndsTitle(k int) bool {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k+2].sent != toks[k].sent {
		return false
	}
	if toks[k].lower == "in" {
		return remitHeads.hasToken(&toks[k+1]) && toks[k+2].lower == "of"
	}
	return remitHeads.hasToken(&toks[k]) && toks[k+1].lower == "for"
}
