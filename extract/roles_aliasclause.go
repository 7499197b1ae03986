package extract

// ruleAliasClause names a role whose holder a relative clause after it
// names by the alias they go by.
const ruleAliasClause = "alias-clause"

// aliasNouns are nouns of the name a person goes by instead of their own
// (words_people.tsv alias-noun): "nom de guerre", "alias", "pseudonym".
var aliasNouns = wordList("alias-noun")

// aliasVerbs are the words before an alias noun that say the person goes
// by it (words_people.tsv alias-verb): "uses", "goes by", "known by".
var aliasVerbs = wordList("alias-verb")

// aliasClauseRole reads a definite title before a relative clause that
// names its holder by an alias: "Its chief negotiator, who uses the nom
// de guerre NAME, said", "The rebels' commander, who goes by the alias
// NAME,". Armed groups' officers are often named so; the name is theirs
// as any other.
func (a *analysis) aliasClauseRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	k := m.prefix - 1
	if k < 5 || !aliasNouns.hasToken(&toks[k]) {
		return false
	}
	if toks[k].lower == "guerre" {
		if toks[k-1].lower != "de" || toks[k-2].lower != "nom" {
			return false
		}
		k -= 2 // "nom de guerre"
	}
	k--
	if x := toks[k].lower; x == "the" || x == "a" || x == "an" || x == "his" || x == "her" {
		k--
	}
	if k < 3 || !aliasVerbs.hasToken(&toks[k]) {
		return false
	}
	for k--; k > 2 && toks[k].lower != "who" && k >= m.prefix-10; k-- {
		if toks[k].kind != tWord || toks[k].cap {
			return false // "who is known by the alias": a verb's words, in lower case
		}
	}
	if toks[k].lower != "who" || toks[k-1].text != "," {
		return false
	}
	w, ok := a.titleBefore(k - 1)
	if !ok || !a.definiteBefore(w.lo) {
		return false
	}
	a.addRole(p, w, rule, 2, mi)
	return true
}
