package extract

// bodyPosts are nouns of a body's post or team abroad (words_people.tsv
// body-post): "delegation", "office".
var bodyPosts = wordList("body-post")

// bodyPostAfter returns the token after a lower-case post noun at e that
// follows the name of a body of the gazetteer, or e: "head of the ICRC
// delegation in Yemen", "a spokesman for the EU office in Kosovo" hold the
// body's role, and the place after the post says where, not whose. A
// state's agency or a party keeps its own reading.
func (a *analysis) bodyPostAfter(e int, o org) int {
	toks := a.d.toks
	if e >= len(toks) || toks[e].cap || toks[e].kind != tWord || !bodyPosts.hasToken(&toks[e]) {
		return e
	}
	if o.Kind == "agency" || o.Kind == "party" {
		return e
	}
	return e + 1
}
