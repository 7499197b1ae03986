package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// A Tx commits storage's writes and the caller's own together, or neither.
func TestTxCommitsWritesTogether(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	write := func(url string) *storage.Tx {
		t.Helper()
		tx, err := db.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.SaveArticles(ctx, []storage.Article{article(url, "", "https://x.invalid/feed", "Body of "+url)},
			[]*extract.Result{sampleResult()}); err != nil {
			t.Fatal(err)
		}
		if err := tx.RecordFetch(ctx, "https://x.invalid/feed", time.Now(), storage.FetchResult{Status: storage.FeedOK}); err != nil {
			t.Fatal(err)
		}
		// the caller's own statement, as a job queue's insert would be
		if _, err := tx.SQL().ExecContext(ctx, "INSERT INTO feeds(url, created_at) VALUES (?, ?)", url+"#job", "now"); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	tx := write("https://x.invalid/a")
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles") + count(t, db, "SELECT COUNT(*) FROM feeds"); n != 0 {
		t.Fatalf("%d rows after a rollback", n)
	}
	tx = write("https://x.invalid/b")
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Errorf("rollback after commit: %v", err)
	}
	if a, f := count(t, db, "SELECT COUNT(*) FROM articles"), count(t, db, "SELECT COUNT(*) FROM feeds"); a != 1 || f != 2 {
		t.Errorf("after commit: %d articles, %d feeds; want 1 and 2", a, f)
	}
	if tx.Postgres() != db.Postgres() || db.Postgres() != storage.OnPostgres() {
		t.Error("Postgres() disagrees with the backend")
	}
}
