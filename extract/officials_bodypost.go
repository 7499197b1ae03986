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

// possessivePrivateNouns end the name of a body no state owns after a
// state's possessive (words_people.tsv possessive-private-noun): "Bank".
var possessivePrivateNouns = wordList("possessive-private-noun")

// stateBankWords make a body's name the state's institution (words_people.tsv
// state-body-word): "Central", "Reserve".
var stateBankWords = wordList("state-body-word")

// privateBodyNameEnd reports a name [b, k] that ends with the word of a
// body that is no state's, after a state's possessive: a company's suffix
// ("Sovlink Securities") or a private body's noun ("Bahrain's Gulf Pearl
// Bank", "Kenya's Teachers Union"; not "Agency"), unless a word of the name
// makes it the state's ("Nigeria's Central Bank").
func (a *analysis) privateBodyNameEnd(b, k int) bool {
	if a.lx.bodyWords[a.d.toks[k].lower].kind == "company" {
		return true
	}
	if possessivePrivateNouns.hasToken(&a.d.toks[k]) {
		for x := b; x < k; x++ {
			if stateBankWords.hasToken(&a.d.toks[x]) {
				return false
			}
		}
		return true
	}
	return false
}

// possessiveFirmBefore reads, in a title before the name, a complement
// (p, k] of "of" or "for" that is a state's possessive and the name of a
// body no state owns: "The chairman of Bahrain's Gulf Pearl Bank, NAME,"
// is the bank's, as possessiveFirmOrg reads it after the name.
func (a *analysis) possessiveFirmBefore(w *titleWalk, prep string, p, k int) bool {
	toks := a.d.toks
	j := p + 1
	if prep != "of" && prep != "for" || w.org != "" || j > k || a.placeAt[j] < 0 {
		return false
	}
	m := a.places[a.placeAt[j]]
	b := m.lim + 1 // the body's name, after "'s"
	if m.first != j || !m.possessive || b > k || a.capRunEnd(b) != k+1 || b == k || !a.privateBodyNameEnd(b, k) {
		return false
	}
	if state, ok := a.bodyName(b, k+1); ok && state {
		return false
	}
	w.org, w.orgKind, w.nonState, w.country = stripInvisible(a.d.text[toks[b].start:toks[k].end]), "", true, ""
	return true
}
