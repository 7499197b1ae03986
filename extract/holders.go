package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// holder is a person the office-holders gazetteer (office_holders.tsv)
// knows: the state they serve and the kind of their office ("head",
// "deputy", "minister", "other").
type holder struct {
	state, kind string
}

// holderIndex is the office-holders gazetteer by folded full name, and
// by surname where no two states' holders share it.
type holderIndex struct {
	once           sync.Once
	full, surnames map[string]holder
	err            error
}

// holderTables indexes office_holders.tsv on first use.
func (lx *lexicon) holderTables() *holderIndex {
	h := &lx.holders
	h.once.Do(func() {
		n := strings.Count(officeHoldersTSV, "\n")
		// some 2,400 full names and 1,900 surnames from 1,650 lines: the
		// forms after the name add their own, and a map grown past its
		// size hint is split and copied while loading
		h.full, h.surnames = make(map[string]holder, 2*n), make(map[string]holder, 2*n)
		h.err = readTSV("office_holders.tsv", officeHoldersTSV, 3, h.add)
	})
	return h
}

// add reads a line of office_holders.tsv: NAME, STATE, KIND and other
// forms of the name ("|"-separated); a form of one word is a surname the
// person goes by alone ("Zelenskyy").
func (h *holderIndex) add(cols []string) error {
	x := holder{state: trimField(cols[1]), kind: trimField(col(cols, 2))}
	if len(x.state) != 2 {
		return fmt.Errorf("holder %q: state %q is no code", cols[0], x.state)
	}
	h.addForm(cols[0], x)
	for f := range strings.SplitSeq(col(cols, 3), "|") {
		h.addForm(f, x)
	}
	return nil
}

func (h *holderIndex) addForm(f string, x holder) {
	k := holderKey(f)
	if k == "" {
		return
	}
	sp := strings.LastIndexByte(k, ' ')
	if sp >= 0 {
		h.full[k] = x
	}
	h.addSurname(k[sp+1:], x)
}

// addSurname indexes a surname; one that holders of two states share
// names neither ("Lee": South Korea's, Singapore's).
func (h *holderIndex) addSurname(s string, x holder) {
	if old, ok := h.surnames[s]; ok && old.state != x.state {
		x.state = ""
	}
	h.surnames[s] = x
}

// holderKey folds a name for the gazetteer: lower case, hyphens and
// apostrophes as spaces, accents kept (the gazetteer lists both forms).
// It is the words of strings.ToLower(name) between holderKeyBreak runes,
// joined by one space, built in one pass: the gazetteer's 1,600 lines
// are folded at the first look-up of every process.
func holderKey(name string) string {
	if k, ok := holderKeyASCII(name); ok {
		return k
	}
	b := make([]byte, 0, len(name))
	gap := false // a break after a word: a space before the next one
	for _, r := range name {
		r = unicode.ToLower(r)
		if holderKeyBreak(r) {
			gap = len(b) > 0
			continue
		}
		if gap {
			b = append(b, ' ')
			gap = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// holderKeyASCII is holderKey for a name of ASCII bytes alone (most of
// the gazetteer's forms and of the names looked up), read byte by byte
// without decoding runes or asking unicode's tables; ok is false for any
// other name.
// The key is written by index into a buffer of the name's length, which
// it never outgrows, rather than appended to byte by byte.
func holderKeyASCII(name string) (key string, ok bool) {
	b := make([]byte, len(name))
	n := 0
	gap := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c == ' ' || '\t' <= c && c <= '\r' || c == '-' || c == '\'' || c == '.':
			gap = n > 0 // the ASCII runes holderKeyBreak reports
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if gap {
			b[n] = ' ' // (a break before c: n < i)
			n++
			gap = false
		}
		b[n] = c
		n++
	}
	return string(b[:n]), true
}

// holderKeyBreak reports a rune that separates the words of a holder's name.
func holderKeyBreak(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' || r == '.'
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
