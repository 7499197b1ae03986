package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
)

// Paging a search, whether its matches are few (paged in memory) or many
// (paged in SQL), gives every match once, in the order a plain query
// sorts them: dated newest first, then undated, each by id; dates bound
// as the query bounds them.
func TestSearchPagesMatchPlainOrder(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := rand.New(rand.NewPCG(11, 12))
	vocab := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"}
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := range 60 {
		var published time.Time
		if i%7 != 0 { // every seventh undated; dates repeat, to tie
			published = day.AddDate(0, 0, r.IntN(20))
		}
		res := &extract.Result{}
		var body strings.Builder
		for k := range 3 {
			var words []string
			for range 6 {
				// the first words are rare, the last are in most quotes
				words = append(words, vocab[min(r.IntN(len(vocab)), r.IntN(len(vocab)))])
			}
			text := strings.Join(words, " ")
			start := body.Len() // ASCII: bytes are code points
			body.WriteString(text + ", a speaker said.\n")
			res.Quotes = append(res.Quotes, extract.Quote{Text: text, Speaker: fmt.Sprintf("Speaker %d", k), Start: start, End: start + len(text), Rule: "t"})
		}
		a := Article{URL: fmt.Sprintf("https://x.invalid/%d", i), Title: "T", Body: body.String(), Published: published}
		if _, err := db.SaveArticle(ctx, a, res); err != nil {
			t.Fatal(err)
		}
	}
	bounds := [][2]time.Time{{}, {day.AddDate(0, 0, 5), day.AddDate(0, 0, 12)}}
	few, many := 0, 0
	for _, word := range append(vocab, "alpha OR juliet") {
		s, err := ParseSearch(word)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bounds {
			want := plainOrder(t, db, s, b[0], b[1])
			if len(want) <= fewMatches {
				few++
			} else {
				many++
			}
			for _, limit := range []int{1, 4, 50} {
				got := pageAll(t, db, QuoteQuery{Search: s, Since: b[0], Until: b[1], Limit: limit})
				if !slices.Equal(got, want) {
					t.Errorf("%q %v, limit %d:\n got %v\nwant %v", word, b, limit, got, want)
				}
			}
		}
	}
	if few == 0 || many == 0 {
		t.Fatalf("searches with few matches: %d, with many: %d; the test needs both", few, many)
	}
}

// plainOrder is the ids of the quotes s finds, ordered by a plain query.
func plainOrder(t *testing.T, db *DB, s Search, since, until time.Time) []int64 {
	t.Helper()
	q := "SELECT q.id FROM quotes q WHERE " + db.matchQuotes("q.id")
	args := []any{db.searchArg(s)}
	if !since.IsZero() {
		q += " AND q.published >= ? AND q.published < ?"
		args = append(args, timeText(since).String, timeText(until).String)
	}
	rows, err := db.sql.QueryContext(context.Background(), q+" ORDER BY q.published IS NULL, q.published DESC, q.id", args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// pageAll follows q's cursors to the end and returns the ids listed.
func pageAll(t *testing.T, db *DB, q QuoteQuery) []int64 {
	t.Helper()
	var ids []int64
	for range 1000 {
		p, err := db.ListQuotes(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Quotes {
			ids = append(ids, e.ID)
		}
		if p.Next == "" {
			return ids
		}
		q.Cursor = p.Next
	}
	t.Fatal("the cursors do not end")
	return nil
}
