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

// New rows are indexed when the transaction commits (fts_indexed), and
// the index stays right when rows stored in the same transaction are
// replaced, when the highest rows are deleted and their ids used again,
// and for rows inserted by SQL of one's own.
func TestFullTextIndexedAtCommit(t *testing.T) {
	storage.SkipOnPostgres(t) // FTS5 tables and fts_indexed are SQLite's
	ctx := context.Background()
	db := openTest(t)
	match := func(table, query string) int {
		t.Helper()
		return count(t, db, "SELECT COUNT(*) FROM "+table+" WHERE "+table+" MATCH ?", query)
	}

	// stored twice in one transaction: the first version's quotes are
	// deleted before the index ever held them
	tx, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := article("https://x.invalid/a", "", "", "Mediators met in Oslo on Tuesday.")
	if _, err := tx.SaveArticles(ctx, []storage.Article{a}, []*extract.Result{sampleResult()}); err != nil {
		t.Fatal(err)
	}
	a.Body = "Mediators met in Bergen on Wednesday."
	res := sampleResult()
	res.Quotes = res.Quotes[:1]
	res.Quotes[0].Text = "A new round in December"
	if _, err := tx.SaveArticles(ctx, []storage.Article{a}, []*extract.Result{res}); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "december") != 1 || match("quotes_fts", "permission") != 0 || match("articles_fts", "bergen") != 1 {
		t.Error("the index does not hold what the transaction left")
	}

	// the highest rows deleted, their ids taken again by the next article
	if _, err := db.SQL().Exec("DELETE FROM articles"); err != nil {
		t.Fatal(err)
	}
	b := article("https://x.invalid/b", "", "", "Envoys met in Doha on Friday.")
	if _, err := db.SaveArticle(ctx, b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("articles_fts", "doha") != 1 || match("quotes_fts", "permission") != 1 || match("quotes_fts", "december") != 0 {
		t.Error("rows under reused ids are not indexed")
	}

	// a quote of one's own SQL is indexed by newsdesk's next write
	if _, err := db.SQL().Exec(`INSERT INTO quotes(article_id, text, speaker, speaker_key, speaker_kind, start_offset, end_offset, rule, extractor_version)
		SELECT id, 'An inserted quotation about harbours', 'Someone', 'someone', 'person', 0, 1, 'sql', 'sql' FROM articles`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveArticle(ctx, article("https://x.invalid/c", "", "", "Another day."), &extract.Result{}); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if match("quotes_fts", "harbours") != 1 {
		t.Error("a row inserted by SQL of one's own is not indexed by the next write")
	}
}
