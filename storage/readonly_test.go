package storage_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestOpenReadOnlyCannotWrite(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	w, err := storage.Open(ctx, path, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	w.Close() // checkpoints the log into the file
	before := fileHash(t, path)

	r, err := storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.ReadOnly() {
		t.Error("ReadOnly() is false")
	}
	for _, stmt := range []string{
		"INSERT INTO feeds(url, created_at) VALUES ('x', 'y')",
		"DELETE FROM quotes",
		"PRAGMA user_version = 99",
		"CREATE TABLE t(x)",
	} {
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
	if after := fileHash(t, path); after != before {
		t.Error("the database file changed under a read-only handle")
	}
}

// writerAndReader opens a SQLite file for writing, stores the sample
// article in it, and opens it read-only beside the writer.
func writerAndReader(t *testing.T) (w, r *storage.DB) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	w, err := storage.Open(ctx, path, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	if _, err := w.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	r, err = storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return w, r
}

func TestOpenReadOnlySeesConcurrentWrites(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	w, r := writerAndReader(t)
	mod1, err := r.Modified()
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // file times are fine-grained, but not infinitely
	b := article("https://x.invalid/b", "", "", "B.")
	if _, err := w.SaveArticle(ctx, b, &extract.Result{Quotes: []extract.Quote{{Text: "Fresh words", Speaker: "Z", Rule: "t"}}}); err != nil {
		t.Fatal(err)
	}
	p, err := r.ListQuotes(ctx, storage.QuoteQuery{})
	if err != nil || len(p.Quotes) != 4 {
		t.Errorf("after a write: %d quotes, %v; want 4", len(p.Quotes), err)
	}
	mod2, err := r.Modified()
	if err != nil || !mod2.After(mod1) {
		t.Errorf("Modified did not move on: %v then %v (%v)", mod1, mod2, err)
	}
}

func TestOpenReadOnlyRefuses(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	dir := t.TempDir()
	withVersion := func(name string, v int) string {
		path := filepath.Join(dir, name)
		db, err := storage.Open(ctx, path, storage.SeededOptions())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL().ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		return path
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
	}{
		{"missing", filepath.Join(dir, "nope.db"), storage.ErrNoDatabase},
		{"older", withVersion("old.db", storage.SchemaVersion()-1), storage.ErrOlderSchema},
		{"newer", withVersion("new.db", storage.SchemaVersion()+1), storage.ErrNewerSchema},
		{"empty file", empty, storage.ErrNotNewsdesk},
	}
	for _, tt := range tests {
		db, err := storage.OpenReadOnly(ctx, tt.path)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err %v, want %v", tt.name, err, tt.want)
		}
		if db != nil {
			db.Close()
		}
	}
}

// A read-only database keeps the quote rows it has listed; a writer's
// commit to the same file, through another connection, empties them, so
// that a changed row, a renamed speaker or a deleted quote shows at once.
func TestReadOnlyQuoteRowsFollowWrites(t *testing.T) {
	storage.SkipOnPostgres(t) // the cache is kept on SQLite files only
	ctx := context.Background()
	w, r := writerAndReader(t)
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
