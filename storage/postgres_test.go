package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

// On PostgreSQL: the schema version is kept, a second open changes
// nothing, and a read-only open can read but not write.
func TestOpenPostgresSchema(t *testing.T) {
	if !storage.OnPostgres() {
		t.Skip("runs in the PostgreSQL pass (NEWSDESK_TEST_POSTGRES)")
	}
	ctx := context.Background()
	url := storage.FreshDB(t)
	if _, err := storage.OpenReadOnly(ctx, url); !errors.Is(err, storage.ErrNoDatabase) {
		t.Fatalf("read-only open of an empty schema: %v, want ErrNoDatabase", err)
	}
	if _, err := storage.Open(ctx, url, storage.Options{MustExist: true}); !errors.Is(err, storage.ErrNoDatabase) {
		t.Fatalf("MustExist open of an empty schema: %v, want ErrNoDatabase", err)
	}
	w, err := storage.Open(ctx, url, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if n := count(t, w, "SELECT version FROM newsdesk_schema"); n != storage.SchemaVersion() {
		t.Errorf("schema version %d, want %d", n, storage.SchemaVersion())
	}
	if _, err := w.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	again, err := storage.Open(ctx, url, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	r, err := storage.OpenReadOnly(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, stmt := range []string{"INSERT INTO feeds(url, created_at) VALUES ('x', 'y')", "DELETE FROM quotes", "CREATE TABLE t(x int)"} {
		if _, err := r.SQL().ExecContext(ctx, stmt); err == nil {
			t.Errorf("%s: no error on a read-only database", stmt)
		}
	}
	if _, err := r.AddFeed(ctx, "https://x.invalid/feed"); err == nil {
		t.Error("AddFeed wrote")
	}
	p, err := r.ListQuotes(ctx, storage.QuoteQuery{})
	if err != nil || len(p.Quotes) != 3 {
		t.Fatalf("read: %d quotes, %v", len(p.Quotes), err)
	}
	if _, err := w.SQL().ExecContext(ctx, "UPDATE newsdesk_schema SET version = 99"); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Open(ctx, url, storage.SeededOptions()); !errors.Is(err, storage.ErrNewerSchema) {
		t.Errorf("newer schema: %v, want ErrNewerSchema", err)
	}
}
