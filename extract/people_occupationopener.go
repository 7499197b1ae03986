package extract

// A noun of a trade or position written in capitals before a person's
// name ("DJ Norman Cook", "Fly-half Charlie Hodgson", "Boss Steve Bruce")
// describes the person and is no part of the name; the words are listed
// (words_people.tsv name-occupation) because many of them ("DJ", "Wing",
// "Boss") have no ending that tells them apart. So is a capitalised
// epithet a speaker puts before a given name and a surname the article
// writes elsewhere without it: "Crooked Hillary Clinton" (au6).

// nameOccupations are the nouns occupationWordOpener reads.
var nameOccupations = wordList("name-occupation")

// occupationWordOpener reports a listed occupation at k that stands before
// at least two more words of the run [k, lim), the first a given name or
// the rest written elsewhere without it ("Film-maker Spike Lee" and "Spike
// Lee"); a given name itself ("Wing" of a Chinese name) is never one.
func (a *analysis) occupationWordOpener(k, lim int) bool {
	toks := a.d.toks
	return k+2 < lim && toks[k].cap && nameOccupations.hasToken(&toks[k]) && !a.isGivenName(k) &&
		(a.isGivenName(k+1) || a.writtenWithout(k, lim))
}

// epithetBeforeName reports a capitalised word at k inside a sentence
// within quotation marks, neither a given name nor a title, before a given
// name and a surname that the article writes elsewhere without it: a
// speaker's nickname for a rival, "than working Crooked Hillary Clinton"
// where "Hillary Clinton says". Outside quotes such a word may open the
// name ("Slim Ben Ammar" and "Ben Ammar's lawyer"); the words opening a
// sentence are openerBeforeName's.
func (a *analysis) epithetBeforeName(k, lim int) bool {
	toks := a.d.toks
	if toks[k].sentStart || !a.withinDoubleQuotes(k) || k+3 != lim || toks[k].kind != tWord || a.isGivenName(k) || a.titleWordAt(k) || !a.isGivenName(k+1) || !toks[k+2].cap {
		return false
	}
	return a.writtenWithout(k, lim)
}

// writtenWithout reports the words (k, lim) written elsewhere in the
// article, in the same order, with no word equal to the one at k before
// them.
func (a *analysis) writtenWithout(k, lim int) bool {
	toks := a.d.toks
	n := lim - k - 1
	for j := 0; j+n <= len(toks); j++ {
		if j == k+1 || j > 0 && toks[j-1].text == toks[k].text {
			continue
		}
		same := true
		for i := 0; i < n && same; i++ {
			same = toks[j+i].text == toks[k+1+i].text
		}
		if same && (j+n == len(toks) || !toks[j+n].cap || toks[j+n].kind != tWord) {
			return true
		}
	}
	return false
}
