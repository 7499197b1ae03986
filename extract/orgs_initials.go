package extract

import "strings"

// patronCompounds are the second halves of "GROUP-backed", "GROUP-run"
// (words_people.tsv patron-compound).
var patronCompounds = wordList("patron-compound")

// tagInitials marks "GROUP-run" at i as the armed group (patronOrg), and
// marks token i as a body the article named in full before
// it when i is that body's initials: "the Arakan Army said ... AA
// spokesman NAME" is the Arakan Army's spokesman, not a state's; so "AU"
// after "the African Union" (fx54). Only an armed group's or an
// international body's name of two or more capitalised words is read so (a
// state, party or firm's initials are often another body's), and not a place's
// or the gazetteer's own acronym, nor a role word ("MP" after the
// Metropolitan Police).
func (a *analysis) tagInitials(i int) {
	toks := a.d.toks
	t := toks[i]
	if o, ok := a.patronOrg(i); ok {
		a.orgs = append(a.orgs, orgMention{first: i, lim: i + 1, org: o}) // "the Houthi-run government": the Houthis'
		a.orgAt[i] = int32(len(a.orgs) - 1)
		return
	}
	if t.kind != tWord || !isAcronym(t.text) || a.placeAt[i] >= 0 || a.roleKind(i) != 0 {
		return
	}
	for oi := len(a.orgs) - 1; oi >= 0; oi-- {
		m := a.orgs[oi]
		if kind := a.lx.orgs[m.org].Kind; m.lim-m.first < 2 || kind != "armed" && kind != "intl" || initialsOf(toks[m.first:m.lim]) != t.text {
			continue
		}
		a.orgs = append(a.orgs, orgMention{first: i, lim: i + 1, org: m.org})
		a.orgAt[i] = int32(len(a.orgs) - 1)
		return
	}
}

// initialsOf gives the first letters of the capitalised words of a name:
// "AA" for "Arakan Army"; "" when a word is neither capitalised nor a
// short joining word ("of", "the", "and"), or a hyphen joins two.
func initialsOf(ws []token) string {
	b := make([]byte, 0, len(ws))
	for _, w := range ws {
		switch {
		case w.kind == tWord && w.cap && w.text[0] < 0x80:
			b = append(b, w.text[0])
		case w.lower == "of" || w.lower == "the" || w.lower == "and" || w.lower == "for":
		default:
			return ""
		}
	}
	return string(b)
}

// patronOrg reads "GROUP-backed" at token k, one token or three, and
// returns the armed group the gazetteer knows by GROUP, as its index.
func (a *analysis) patronOrg(k int) (int, bool) {
	toks := a.d.toks
	stem, suffix := "", ""
	if i := strings.LastIndexByte(toks[k].text, '-'); i > 0 {
		stem, suffix = toks[k].text[:i], toks[k].lower[i+1:]
	} else if k >= 2 && toks[k-1].text == "-" {
		stem, suffix = toks[k-2].text, toks[k].lower
	}
	if stem == "" || !patronCompounds.has(suffix) {
		return 0, false
	}
	st := tokensOf(stem)
	vals, lim := a.lx.orgTrie.match(st, 0, false)
	if lim != len(st) || len(vals) == 0 || a.lx.orgs[vals[0]].Kind != "armed" {
		return 0, false
	}
	return vals[0], true
}
