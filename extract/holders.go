package extract

import (
	"slices"
	"strings"
)

// nationalOffices are words of a title that a state's national office
// holds, which a holder named by surname alone must bear: "President
// Macron", not "Mayor Johnson".
var nationalOffices = wordList("national-office")

// holderState is the state of a person the gazetteer knows as the holder
// of a national office: "President Emmanuel Macron" in a story about
// China is France's. A full name is enough; a surname alone needs a
// national office in the title, a surname no two states' holders share
// and a story that names the state.
func (a *analysis) holderState(p *person, r *role) string {
	k := holderKey(p.name)
	tables := a.lx.holderTables()
	if h, ok := tables.full[k]; ok && holderTitleFits(h, r.title) && !a.officeOf(r.title).lacks(h.state) {
		return h.state // not a namesake whose office the holder's state lacks: "Roscommon-Galway TD Michael Fallon"
	}
	if strings.Contains(k, " ") || r.title == "" {
		return ""
	}
	h, ok := tables.surnames[k]
	if !ok || h.state == "" || !a.namesState(h.state) || !holderTitleFits(h, r.title) {
		return ""
	}
	if slices.ContainsFunc(a.lowerFields(r.title), func(w string) bool { return nationalOffices.has(w) }) {
		return h.state
	}
	return ""
}

// headTitleWords and ministerTitleWords are title words of a head of
// state or government and of a minister. A holder the gazetteer knows as
// a head is not the person of a minister's title, nor a minister the
// person of a head's: Colombia's "Defence Minister Pedro Sánchez" is not
// Spain's head of government. Other titles ("Senator") fit any holder.
var (
	headTitleWords     = wordList("holder-head")
	ministerTitleWords = wordList("holder-minister")
)

// holderTitleFits reports a title that does not name an office of the
// other kind than the holder's.
func holderTitleFits(h holder, title string) bool {
	head, minister := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' }) {
		head = head || headTitleWords.has(w)
		minister = minister || ministerTitleWords.has(w)
	}
	switch h.kind {
	case "head", "deputy":
		return head || !minister
	case "minister":
		return minister || !head
	}
	return true
}

// namesState reports a mention of the state with the code anywhere in the
// article: a surname alone ("President Johnson") is taken for a holder of
// that state's office only in a story that names the state.
func (a *analysis) namesState(code string) bool {
	for _, m := range a.places {
		if m.code == code {
			return true
		}
	}
	return false
}
