package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// particleWord reports a word at k that is a lower-case Arabic article
// (arabicArticles) hyphened to a capitalised word ("al-Haq", "al-Shuhada",
// "ash-Sham"): it goes on a capitalised name, as in "Asaib Ahl al-Haq",
// "Kataib Sayyid al-Shuhada" or "Harakat Ansar al-Wilaya", each one name.
func (a *analysis) particleWord(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	for _, p := range arabicArticles {
		if rest, ok := strings.CutPrefix(t.text, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// armedGroupOpeners are Arabic nouns for a force that open an armed
// group's name (words_people.tsv armed-group-opener): "Kataib", "Harakat".
var armedGroupOpeners = wordList("armed-group-opener")
