package storage_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

// OpenReadOnly reads what Open wrote, and nothing can write through it.
func TestOpenReadOnlyReadsWhatOpenWrote(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	db, err := storage.Open(ctx, path, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeed(ctx, "https://example.org/feed.xml"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	ro, err := storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Error("ReadOnly() is false")
	}
	if m, err := ro.Modified(); err != nil || m.IsZero() {
		t.Errorf("Modified: %v %v", m, err)
	}
	feeds, err := ro.Feeds(ctx)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("feeds: %v %v", feeds, err)
	}
	if _, err := ro.AddFeed(ctx, "https://example.org/other.xml"); err == nil {
		t.Error("a write through a read-only database succeeded")
	}
	if _, err := ro.SQL().ExecContext(ctx, "DELETE FROM feeds"); err == nil {
		t.Error("a DELETE through a read-only database succeeded")
	}
}

// Files it cannot read as this newsdesk's are refused, and left as they were.
func TestOpenReadOnlyRefusesWithoutWriting(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := storage.OpenReadOnly(ctx, filepath.Join(dir, "missing.db")); !errors.Is(err, storage.ErrNoDatabase) {
		t.Errorf("missing file: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "missing.db*")); len(left) != 0 {
		t.Errorf("opening a missing file made %q", left)
	}
	for _, tt := range []struct {
		name, sql string
		want      error
	}{
		{"other.db", "CREATE TABLE t (x)", storage.ErrNotNewsdesk},
		{"newer.db", "CREATE TABLE t (x); PRAGMA user_version = 999", storage.ErrNewerSchema},
		{"older.db", "CREATE TABLE t (x); PRAGMA user_version = 1", storage.ErrOlderSchema},
	} {
		path := filepath.Join(dir, tt.name)
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(tt.sql); err != nil {
			t.Fatal(err)
		}
		raw.Close()
		before, _ := os.ReadFile(path)
		if _, err := storage.OpenReadOnly(ctx, path); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Errorf("%s: a read-only open changed the file", tt.name)
		}
	}
}

// A database in a folder nobody may write to is read all the same (as
// immutable: SQLite cannot make its WAL index there).
func TestOpenReadOnlyInReadOnlyFolder(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	if os.Geteuid() == 0 {
		t.Skip("root writes to read-only folders; cmd/newsdesk TestReadCommandsInReadOnlyFolder runs this as nobody")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.db")
	db, err := storage.Open(ctx, path, storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeed(ctx, "https://example.org/feed.xml"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	ro, err := storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if feeds, err := ro.Feeds(ctx); err != nil || len(feeds) != 1 {
		t.Errorf("feeds: %v %v", feeds, err)
	}
}
