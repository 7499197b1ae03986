package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// properBodyName reports a body speaker called by its name, capitalised
// words or an acronym ("AfD", "Teruel Existe", "Friends of the Earth"; a
// single word only as an acronym, a stray surname being none),
// not by a description of it ("Germany's largest opposition party"): of
// a body named and then described in appositions ("The far-right AfD,
// Germany's largest opposition party, which ..., said"), the name speaks
// (subjectBeforeAppositions).
func properBodyName(s speaker) bool {
	if !s.body || s.name == "" {
		return false
	}
	if !strings.Contains(s.name, " ") {
		return isAcronym(s.name) || mixedAcronym(s.name) // not "Neill" of "Rory O' Neill"
	}
	for w := range strings.FieldsSeq(s.name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameConnectors.has(w) {
			return false
		}
	}
	return true
}

// nameConnectors stand lower-case inside a body's name.
var nameConnectors = closedSet("of", "the", "and", "for", "on", "de", "la", "del")
