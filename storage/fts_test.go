package storage_test

import (
	"context"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// The full-text indexes follow every insert, update and delete, including
// the deletes that cascade from an article.
func TestFullTextInSync(t *testing.T) {
	storage.SkipOnPostgres(t) // FTS5 query syntax; the listings' searches run on both
	ctx := context.Background()
	db := openTest(t)
	match := func(table, query string) int {
		t.Helper()
		return count(t, db, "SELECT COUNT(*) FROM "+table+" WHERE "+table+" MATCH ?", query)
	}

	a := article("https://x.invalid/a", "", "", "Mediators met in Oslo on Tuesday.")
	s, err := db.SaveArticle(ctx, a, sampleResult())
	if err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "permission") != 1 || match("quotes_fts", "speaker:erdogan") != 1 || match("quotes_fts", "facade") != 1 {
		t.Error("quotes_fts misses the new quotes (accents should be forgiven)")
	}
	if match("articles_fts", "oslo") != 1 || match("articles_fts", "title:title") != 1 {
		t.Error("articles_fts misses the new article")
	}

	// update: new text, new quotes
	a.Body = "Mediators met in Bergen on Wednesday."
	res := sampleResult()
	res.Quotes = []extract.Quote{{Text: "A new round in December", Speaker: "Ingrid Solberg", SpeakerKind: extract.SpeakerPerson, Rule: "t"}}
	if _, err := db.SaveArticle(ctx, a, res); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "permission") != 0 || match("quotes_fts", "december") != 1 {
		t.Error("quotes_fts not updated with the article")
	}
	if match("articles_fts", "oslo") != 0 || match("articles_fts", "bergen") != 1 {
		t.Error("articles_fts not updated with the article")
	}

	// a quote edited in place
	if _, err := db.SQL().Exec("UPDATE quotes SET text = 'A new round in January'"); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "december") != 0 || match("quotes_fts", "january") != 1 {
		t.Error("quotes_fts not updated with the quote")
	}

	// delete the article: its quotes go by cascade, and with them their index entries
	if _, err := db.SQL().Exec("DELETE FROM articles WHERE id = ?", s.ArticleID); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "january") != 0 || match("articles_fts", "bergen") != 0 {
		t.Error("full-text entries outlive their rows")
	}
	if n := count(t, db, "SELECT COUNT(*) FROM quotes"); n != 0 {
		t.Errorf("%d quotes outlive their article", n)
	}
}
