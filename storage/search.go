package storage

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrSearch: a search that cannot be run, such as one with an unclosed
// quotation mark or only excluded words.
var ErrSearch = errors.New("storage: bad search")

// Search is a parsed full-text search, as typed into a search box:
//
//	nobody room          both words, anywhere, in any order
//	"left the room"      the words in this order
//	talks OR mediators   either
//	-oslo                not this word (a search needs one word that must occur)
//	communi*             words that begin so
//
// Case and accents are forgiven ("communiques" finds "communiqués").
// Anything else is text: punctuation separates words, and nothing a user
// types reaches SQLite as query syntax. The zero Search matches everything.
type Search struct {
	expr  string       // the FTS5 query
	tsq   string       // the same as a PostgreSQL tsquery
	terms []searchTerm // the terms that must or may occur, for highlighting
	none  bool         // text was given but holds no word: nothing matches
}

// searchTerm is one word or phrase of a search.
type searchTerm struct {
	raw    string   // as typed, for FTS5 to tokenize
	tokens []string // folded as the full-text index folds them
	prefix bool
}

// fts renders the term as an FTS5 string, quoted so that it is read as text.
func (t searchTerm) fts() string {
	s := `"` + strings.ReplaceAll(t.raw, `"`, `""`) + `"`
	if t.prefix {
		s += " *"
	}
	return s
}

// ParseSearch reads a search. Blank text gives the zero Search; text
// without a word (only punctuation) gives a Search that matches nothing.
// Errors wrap ErrSearch and say what is wrong.
func ParseSearch(s string) (Search, error) {
	// control characters and broken UTF-8 separate words: FTS5 reads its
	// query as a C string, which a NUL would end inside a quoted term
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
	if strings.TrimSpace(s) == "" {
		return Search{}, nil
	}
	items, err := searchItems(s)
	if err != nil {
		return Search{}, err
	}
	var groups [][]searchTerm
	var neg []searchTerm
	joinNext := false
	for i, it := range items {
		switch {
		case it.or:
			if i == 0 || i == len(items)-1 || items[i-1].or || items[i-1].neg || items[i+1].neg || items[i+1].or {
				return Search{}, fmt.Errorf("%w: OR must stand between two words or phrases", ErrSearch)
			}
			joinNext = true
		case it.neg:
			neg = append(neg, it.term)
		case joinNext:
			groups[len(groups)-1] = append(groups[len(groups)-1], it.term)
			joinNext = false
		default:
			groups = append(groups, []searchTerm{it.term})
		}
	}
	if len(groups) == 0 && len(neg) == 0 {
		return Search{none: true}, nil
	}
	if len(groups) == 0 {
		return Search{}, fmt.Errorf("%w: a search needs a word that must occur, not only excluded ones", ErrSearch)
	}
	var and []string
	var terms []searchTerm
	for _, g := range groups {
		var or []string
		for _, t := range g {
			or = append(or, t.fts())
			terms = append(terms, t)
		}
		and = append(and, "("+strings.Join(or, " OR ")+")")
	}
	expr := strings.Join(and, " AND ")
	for _, t := range neg {
		expr = "(" + expr + ") NOT " + t.fts()
	}
	return Search{expr: expr, tsq: tsquery(groups, neg), terms: terms}, nil
}

// tsquery writes a search for PostgreSQL's to_tsquery: the folded words
// of each term quoted as lexemes (so that nothing typed is read as query
// syntax), a phrase's joined by <->, a prefix marked :*.
func tsquery(groups [][]searchTerm, neg []searchTerm) string {
	var and []string
	for _, g := range groups {
		var or []string
		for _, t := range g {
			or = append(or, t.tsq())
		}
		and = append(and, "("+strings.Join(or, " | ")+")")
	}
	q := strings.Join(and, " & ")
	for _, t := range neg {
		q = "(" + q + ") & !" + t.tsq()
	}
	return q
}

// tsq renders the term as a tsquery phrase of its folded tokens, which are
// letters and digits only.
func (t searchTerm) tsq() string {
	words := make([]string, len(t.tokens))
	for i, tok := range t.tokens {
		words[i] = "'" + tok + "'"
	}
	if t.prefix {
		words[len(words)-1] += ":*"
	}
	return "(" + strings.Join(words, " <-> ") + ")"
}

// IsZero reports a search that restricts nothing.
func (s Search) IsZero() bool { return s.expr == "" && !s.none }

// searchItem is a term, an excluded term or the word OR.
type searchItem struct {
	term searchTerm
	neg  bool
	or   bool
}

// openQuote and closeQuote are the marks that delimit a phrase: straight
// quotes, and the typographic ones that text pasted from an article carries.
const (
	openQuote  = "\"“„"
	closeQuote = "\"”“"
)

// searchItems splits a search into words, phrases and operators; words and
// phrases without a letter or digit are dropped, as the index drops them.
func searchItems(s string) ([]searchItem, error) {
	var items []searchItem
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		var it searchItem
		if r == '-' && i+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsSpace(next) {
				it.neg = true
				i += n
				r, n = utf8.DecodeRuneInString(s[i:])
			}
		}
		var raw string
		if strings.ContainsRune(openQuote, r) {
			end := strings.IndexAny(s[i+n:], closeQuote)
			if end < 0 {
				return nil, fmt.Errorf("%w: a quotation mark is not closed", ErrSearch)
			}
			raw = s[i+n : i+n+end]
			_, cn := utf8.DecodeRuneInString(s[i+n+end:])
			i += n + end + cn
			if i < len(s) && s[i] == '*' {
				it.term.prefix = true
				i++
			}
		} else {
			end := strings.IndexFunc(s[i:], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(openQuote, r) })
			if end < 0 {
				end = len(s) - i
			}
			raw = s[i : i+end]
			i += end
			if raw == "OR" && !it.neg {
				items = append(items, searchItem{or: true})
				continue
			}
			if strings.HasSuffix(raw, "*") {
				raw = strings.TrimRight(raw, "*")
				it.term.prefix = true
			}
		}
		it.term.raw = raw
		for _, tok := range ftsTokens(raw) {
			it.term.tokens = append(it.term.tokens, tok.folded)
		}
		if len(it.term.tokens) > 0 {
			items = append(items, it)
		}
	}
	return items, nil
}

// token is a word of a text as the full-text index sees it: folded, with
// its byte span in the text.
type token struct {
	folded     string
	start, end int
}

// ftsTokens splits text into words as SQLite's unicode61 tokenizer with
// remove_diacritics does: runs of letters and digits, lower-cased, accents
// dropped.
func ftsTokens(text string) []token {
	var out []token
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{folded: b.String(), start: start, end: end})
			b.Reset()
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(unicode.ToLower(d))
				}
			}
		case unicode.Is(unicode.Mn, r) && start >= 0:
			// a combining accent belongs to its word and is dropped
		default:
			flush(i)
		}
	}
	flush(len(text))
	return out
}

// Segment is a piece of a text, marked when a search matched it.
type Segment struct {
	Text  string
	Match bool
}

// Highlight cuts text into segments, marking the words and phrases of s
// that occur in it, so that a page can show where a search hit. The
// segments put together are text. A zero Search marks nothing.
func Highlight(text string, s Search) []Segment {
	toks := ftsTokens(text)
	marked := make([][2]int, 0, 4) // byte spans
	for _, t := range s.terms {
		n := len(t.tokens)
		for i := 0; i+n <= len(toks); i++ {
			if termAt(t, toks[i:i+n]) {
				marked = append(marked, [2]int{toks[i].start, toks[i+n-1].end})
			}
		}
	}
	if len(marked) == 0 {
		return []Segment{{Text: text}}
	}
	at := make([]bool, len(text)+1)
	for _, m := range marked {
		for i := m[0]; i < m[1]; i++ {
			at[i] = true
		}
	}
	var out []Segment
	from := 0
	for i := 1; i <= len(text); i++ {
		if i == len(text) || at[i] != at[from] {
			out = append(out, Segment{Text: text[from:i], Match: at[from]})
			from = i
		}
	}
	return out
}

// termAt reports whether the tokens spell the term.
func termAt(t searchTerm, toks []token) bool {
	for k, want := range t.tokens {
		got := toks[k].folded
		if got == want || (t.prefix && k == len(t.tokens)-1 && strings.HasPrefix(got, want)) {
			continue
		}
		return false
	}
	return true
}
