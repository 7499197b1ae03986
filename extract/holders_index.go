package extract

import (
	"fmt"
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

// addForm indexes one written form of a holder's name: a form of two or
// more words in full, and its last word as a surname.
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
