package extract

import (
	"strings"
	"unicode"
)

// holder is a person the office-holders gazetteer (office_holders.tsv)
// knows: the state they serve and the kind of their office ("head",
// "deputy", "minister", "other").
type holder struct {
	state, kind string
}

// addHolder reads a line of office_holders.tsv: NAME, STATE, KIND and
// other forms of the name ("|"-separated); a form of one word is a
// surname the person goes by alone ("Zelenskyy").
func (lx *lexicon) addHolder(cols []string) error {
	h := holder{state: strings.TrimSpace(cols[1]), kind: strings.TrimSpace(col(cols, 2))}
	if lx.holders == nil {
		lx.holders, lx.holderSurnames = map[string]holder{}, map[string]holder{}
	}
	forms := append([]string{cols[0]}, strings.Split(col(cols, 3), "|")...)
	for _, f := range forms {
		k := holderKey(f)
		if k == "" {
			continue
		}
		if !strings.Contains(k, " ") {
			lx.addHolderSurname(k, h)
			continue
		}
		lx.holders[k] = h
		lx.addHolderSurname(k[strings.LastIndexByte(k, ' ')+1:], h)
	}
	return nil
}

// addHolderSurname indexes a surname; one that holders of two states
// share names neither ("Lee": South Korea's, Singapore's).
func (lx *lexicon) addHolderSurname(s string, h holder) {
	if old, ok := lx.holderSurnames[s]; ok && old.state != h.state {
		h.state = ""
	}
	lx.holderSurnames[s] = h
}

// holderKey folds a name for the gazetteer: lower case, hyphens and
// apostrophes as spaces, accents kept (the gazetteer lists both forms).
func holderKey(name string) string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' || r == '.'
	})
	return strings.Join(f, " ")
}

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
	if h, ok := a.lx.holders[k]; ok {
		return h.state
	}
	if strings.Contains(k, " ") || r.title == "" {
		return ""
	}
	h, ok := a.lx.holderSurnames[k]
	if !ok || h.state == "" || !a.namesState(h.state) {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(r.title)) {
		if nationalOffices()[w] {
			return h.state
		}
	}
	return ""
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
