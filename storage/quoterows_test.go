package storage_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

// A read-only database keeps the quote rows it has listed; a writer's
// commit to the same file, through another connection, empties them, so
// that a changed row, a renamed speaker or a deleted quote shows at once.
func TestReadOnlyQuoteRowsFollowWrites(t *testing.T) {
	storage.SkipOnPostgres(t) // the cache is kept on SQLite files only
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	w, err := storage.Open(ctx, path, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	r, err := storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	list := func() map[string]string {
		t.Helper()
		p, err := r.ListQuotes(ctx, storage.QuoteQuery{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, q := range p.Quotes {
			m[q.Text] = q.Speaker
		}
		return m
	}
	for range 2 { // the second time from the cache
		if got := list(); len(got) != 3 || got["Nobody left the room"] != "Ingrid Solberg" {
			t.Fatalf("before the writes: %q", got)
		}
	}
	for _, stmt := range []string{
		"UPDATE people SET name = 'Ingrid M. Solberg' WHERE name = 'Ingrid Solberg'",
		"UPDATE quotes SET text = 'Nobody left the hall' WHERE text = 'Nobody left the room'",
		"DELETE FROM quotes WHERE text = 'The talks are a façade'",
	} {
		if _, err := w.SQL().ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	got := list()
	if len(got) != 2 || got["Nobody left the hall"] != "Ingrid M. Solberg" {
		t.Errorf("after the writes: %q", got)
	}
}
