package extract

// bodyNounRunAfter reads, after a body's name at e, a run of up to three
// lower-case words that ends with a noun of a body or of one of its parts
// and returns the token after it, or e: "head of the DGB trade union
// federation", "director of the Red Crescent branch in Agadir", "an
// official at the Forum secretariat". The run is the body's own kind or
// part, so the role is still the body's and the apposition goes on after
// it. The longest such run wins ("trade union federation", not "trade
// union").
func (a *analysis) bodyNounRunAfter(e int, w *titleWalk) int {
	toks := a.d.toks
	for n := 3; n >= 1; n-- {
		last := e + n - 1
		if last >= len(toks) || !a.bodyRunEnd(last) {
			continue
		}
		plain := true
		for k := e; k < last && plain; k++ {
			plain = toks[k].para == toks[e].para && (a.plainNoun(k) || a.roleKind(k) == rMod)
		}
		if !plain {
			continue
		}
		if a.nonStateNoun(last) {
			w.nonState = true
		}
		if a.ownedPlaceName(e, w.org) {
			w.org, w.orgKind, w.nonState = "", "", true // "the association's Fez branch": the place is no body
		}
		return last + 1
	}
	return e
}

// playBodies are bodies one plays or performs in (words_people.tsv
// play-body): "the Wales rugby team" names a sport, no body's part.
var playBodies = wordList("play-body")

// bodyRunEnd reports a lower-case noun at k that ends a run of words
// after a body's name: a noun of a body that is no state's ("federation",
// "union"), a body's type ("organisation") or a post or branch of it
// ("branch", "office", "delegation"). A committee or a council after a
// name may be a legislature's, whose office is the state's: bodyNounAfter
// reads them after one modifier only; nor a team ("the Wales rugby team").
func (a *analysis) bodyRunEnd(k int) bool {
	t := &a.d.toks[k]
	if t.cap || t.kind != tWord || legislatureParts.hasToken(t) || chamberBodies.hasToken(t) || playBodies.hasToken(t) {
		return false
	}
	return a.nonStateNoun(k) || orgTypeNouns.hasToken(t) || bodyPartOffices.hasToken(t) || bodyPosts.hasToken(t)
}

// ownedPlaceName reports a capitalised name org that ends at e and follows
// a lower-case owner's "'s": in "the association's Fez branch" the name
// says where the owner's branch is, the owner is the body.
func (a *analysis) ownedPlaceName(e int, org string) bool {
	toks := a.d.toks
	b := e
	for b > 0 && toks[b-1].cap && toks[b-1].kind == tWord {
		b--
	}
	if b == e || b < 2 || toks[b-1].lower != "'s" || toks[b-2].cap || toks[b-2].kind != tWord {
		return false
	}
	return org == stripInvisible(a.d.text[toks[b].start:toks[e-1].end])
}
