package storage_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// openTest opens a fresh database in a temporary folder.
func openTest(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), storage.FreshDB(t), storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// article makes a stored-article value with a body that names its key.
func article(url, guid, feed, body string) storage.Article {
	return storage.Article{URL: url, GUID: guid, FeedURL: feed, Title: "Title of " + url, Body: body,
		Published: time.Date(2026, 11, 17, 12, 0, 0, 0, time.UTC)}
}

// sampleResult is an extraction with one record of each kind and a quote
// by a body.
func sampleResult() *extract.Result {
	return &extract.Result{
		Officials: []extract.Official{
			{Name: "Recep Tayyip Erdoğan", Title: "President", Country: "TR", Also: []string{"Erdoğan"},
				Mentions: []extract.Span{{Start: 0, End: 20}}, Rule: "test"},
			{Name: "Ingrid Solberg", Title: "Foreign Minister", Country: "NO", Rule: "test"},
		},
		Countries: []extract.Country{{Code: "TR", Name: "Turkey", Mentions: 2}, {Code: "NO", Name: "Norway", Mentions: 1}},
		Quotes: []extract.Quote{
			{Text: "We will not wait for permission", Speaker: "Recep Tayyip Erdoğan", SpeakerKind: extract.SpeakerPerson,
				SpeakerTitle: "President", SpeakerCountry: "TR", Cue: "said", Start: 30, End: 60, Rule: "test"},
			{Text: "Nobody left the room", Speaker: "Ingrid Solberg", SpeakerKind: extract.SpeakerPerson,
				SpeakerTitle: "Foreign Minister", SpeakerCountry: "NO", Cue: "said", Start: 70, End: 90, Rule: "test"},
			{Text: "The talks are a façade", Speaker: "the African Union", SpeakerKind: extract.SpeakerBody,
				SpeakerOrganization: "African Union", Cue: "said", Start: 100, End: 120, Rule: "test"},
		},
		Troops: []extract.Troops{{Count: 1500, Country: "TD", Unit: "troops", Evidence: "Chad pledged 1,500 troops.", Start: 1, End: 5, Rule: "test"}},
		Deaths: []extract.Deaths{{Count: 63, Cumulative: true, Evidence: "The toll rose to 63.", Start: 6, End: 9, Rule: "test"}},
	}
}

// count runs a COUNT query.
func count(t testing.TB, db *storage.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// checkFTS fails unless both full-text indexes agree with their tables.
func checkFTS(t testing.TB, db *storage.DB) {
	t.Helper()
	if storage.OnPostgres() {
		// the tsvector columns hold what their triggers would compute now
		for _, q := range []string{
			`SELECT COUNT(*) FROM quotes WHERE fts IS DISTINCT FROM
				to_tsvector('simple', newsdesk_fold(text)) || to_tsvector('simple', newsdesk_fold(speaker))`,
			`SELECT COUNT(*) FROM articles WHERE fts IS DISTINCT FROM
				to_tsvector('simple', newsdesk_fold(COALESCE(title, ''))) || to_tsvector('simple', newsdesk_fold(body))`,
		} {
			if n := count(t, db, q); n != 0 {
				t.Fatalf("full-text index out of sync: %d rows: %s", n, q)
			}
		}
		return
	}
	for _, q := range []string{
		"INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)",
		"INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
	} {
		if _, err := db.SQL().ExecContext(context.Background(), q); err != nil {
			t.Fatalf("full-text index out of sync: %s: %v", q, err)
		}
	}
}

// dump is every row of the record tables, for comparing two states.
func dump(t testing.TB, db *storage.DB) []string {
	t.Helper()
	var out []string
	for _, table := range []string{"articles", "people", "officials", "article_countries", "quotes", "troop_figures", "death_tolls", "feed_articles"} {
		rows, err := db.SQL().Query("SELECT * FROM " + table + " ORDER BY 1, 2")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			line := table
			for i, v := range vals {
				if cols[i] == "fetched_at" {
					continue
				}
				line += "|" + v.String
			}
			out = append(out, line)
		}
		rows.Close()
	}
	return out
}
