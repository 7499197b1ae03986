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

func TestOpenReadOnlySeesConcurrentWrites(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
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
