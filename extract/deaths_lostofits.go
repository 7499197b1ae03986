package extract

// A state or body that "lost" some of its people: "Slovakia has lost nine
// of its people on an ordinary morning", "the army lost 12 of its
// soldiers in the ambush". Losing people of one's own is how a side
// tells its dead; "lost nine of its seats" counts no one. "Own" or a
// possessive pronoun may end the phrase with no noun: "lost three of
// their own", "we lost 27 of ours"; "lost three of its own games" and
// "lost 27 of ours to injury" stay none.

// lostOwnPeople are the nouns of a side's own people after "lost N of
// its": "people", "citizens", "soldiers".
var lostOwnPeople = wordList("lost-own-people")

// lostOfItsPeople reads n after "lost" when "of its" or "of their" (with
// "own") and a noun of the side's people follow it.
func (a *analysis) lostOfItsPeople(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	h := n.hedge
	if h < 1 || toks[h-1].lower != "lost" || n.value < 1 || n.lim+2 >= len(toks) || toks[n.lim].lower != "of" {
		return Deaths{}, false
	}
	k := n.lim + 1
	if ownPronouns.hasToken(&toks[k]) {
		return a.lostOwnEnded(n, k+1, rule) // "we lost 27 of ours"
	}
	if w := toks[k].lower; w != "its" && w != "their" {
		return Deaths{}, false
	}
	k++
	if toks[k].lower == "own" {
		if k+1 >= len(toks) || !lostOwnPeople.hasToken(&toks[k+1]) {
			return a.lostOwnEnded(n, k+1, rule) // "lost three of their own"
		}
		k++
	}
	if !lostOwnPeople.hasToken(&toks[k]) {
		return Deaths{}, false
	}
	return a.makeDeath(n, h-1, k+1, rule), true
}

// ownPronouns are the possessive pronouns that stand for a side's own
// people after "lost N of": "we lost 27 of ours".
var ownPronouns = closedSet("ours", "theirs")

// lostOwnEnded reads the loss when no noun follows "own" or the pronoun
// at k: the phrase must end there (a stop, a comma, "and", "on", "in"),
// not run on to a noun ("of its own games") or a cause that is no death
// ("to injury", "to defections").
func (a *analysis) lostOwnEnded(n number, k int, rule string) (Deaths, bool) {
	toks := a.d.toks
	if k < len(toks) && toks[k].kind == tWord && !ownEndWords.hasToken(&toks[k]) {
		return Deaths{}, false
	}
	return a.makeDeath(n, n.hedge-1, k, rule), true
}

// ownEndWords may follow "lost N of their own" or "of ours" and end the
// phrase: a conjunction or a preposition of place or time.
var ownEndWords = closedSet("and", "but", "on", "in", "at", "during", "while", "when", "as", "near", "overnight", "yesterday", "today")
