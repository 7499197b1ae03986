package storage

import (
	"errors"
	"math"
	"strings"
	"time"
	"unicode"
)

// ErrFilter: a filter that the listing cannot apply (a country for death
// tolls, which carry none).
var ErrFilter = errors.New("storage: filter does not apply")

// Filter narrows the listings. Zero values mean no restriction. Every value
// reaches SQL as a bound parameter, never as text of the query.
type Filter struct {
	// Speaker matches the speaker of a quote or the person of an official.
	// Case, accents and punctuation are forgiven, and each word given must
	// begin a word of the name: "rubio" and "m rubio" find Marco Rubio,
	// "erdogan" finds Recep Tayyip Erdoğan.
	Speaker string
	// Country is the ISO 3166-1 code of the speaker's or official's state,
	// or of the state that sends troops; any case.
	Country string
	// Org matches the speaker's or official's organisation: part of the
	// name, ASCII case forgiven.
	Org string
	// Search is full-text search. Its words must all occur (in any order,
	// case and accents forgiven): for quotes, in the quote or its speaker;
	// for officials and figures, in the article's title or body. Query
	// syntax is not interpreted.
	Search string
	// Since and Until bound the article's publication time: Since <= t < Until.
	// Articles without a date are left out when either is set.
	Since, Until time.Time
	// Limit caps the rows returned; 0 means all.
	Limit int
}

// filterCols names the columns a listing's filters test; "" means the
// filter does not apply.
type filterCols struct {
	speakerKey string // folded name, as Fold makes it
	country    string
	org        string
	published  string
	article    string // article id, for full-text search of articles
}

// where is a WHERE clause under construction: conditions written by this
// package, values as parameters.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// filterWhere builds the conditions of f over the columns c.
func (db *DB) filterWhere(f Filter, c filterCols) *where {
	w := &where{}
	if c.speakerKey != "" {
		for _, word := range strings.Fields(Fold(f.Speaker)) {
			w.add("(' ' || "+c.speakerKey+") LIKE ? ESCAPE '\\'", "% "+escapeLike(word)+"%")
		}
	}
	if f.Country != "" && c.country != "" {
		w.add(c.country+" = ?", strings.ToUpper(strings.TrimSpace(f.Country)))
	}
	if f.Org != "" && c.org != "" {
		w.add(c.org+" LIKE ? ESCAPE '\\'", "%"+escapeLike(strings.TrimSpace(f.Org))+"%")
	}
	if !f.Since.IsZero() {
		w.add(c.published+" >= ?", f.Since.UTC().Format(time.RFC3339))
	}
	if !f.Until.IsZero() {
		w.add(c.published+" < ?", f.Until.UTC().Format(time.RFC3339))
	}
	if c.article != "" && f.Search != "" {
		w.add(db.matchArticles(c.article), db.searchArg(ftsQuery(f.Search)))
	}
	return w
}

// limit is the value bound to LIMIT: the largest integer for no limit
// (SQLite takes -1 for none, PostgreSQL NULL; both take this).
func (f Filter) limit() int64 {
	if f.Limit <= 0 {
		return math.MaxInt64
	}
	return int64(f.Limit)
}

// matchesNothing reports a Speaker or Search with no word in it (only
// punctuation), which no row can match.
func (f Filter) matchesNothing() bool {
	return (f.Search != "" && ftsQuery(f.Search).expr == "") || (f.Speaker != "" && Fold(f.Speaker) == "")
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ftsQuery turns plain words into an FTS5 query that requires each of
// them: every word is quoted, so that "U.S.", "al-Hayya" or "NOT" is read as
// text and never as query syntax. Words without a letter or digit are
// dropped, as the tokenizer would drop them.
func ftsQuery(s string) Search {
	var parts, tsq []string
	var terms []searchTerm
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
		t := searchTerm{raw: w}
		for _, tok := range ftsTokens(w) {
			t.tokens = append(t.tokens, tok.folded)
		}
		tsq = append(tsq, t.tsq())
		terms = append(terms, t)
	}
	return Search{expr: strings.Join(parts, " "), tsq: strings.Join(tsq, " & "), terms: terms}
}
