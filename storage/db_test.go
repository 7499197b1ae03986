package storage_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

func TestOpenCreatesCurrentSchema(t *testing.T) {
	storage.SkipOnPostgres(t) // see TestOpenPostgresSchema
	db := openTest(t)
	var v int
	if err := db.SQL().QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v != storage.SchemaVersion() {
		t.Errorf("user_version = %d, want %d", v, storage.SchemaVersion())
	}
	var mode string
	db.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	for _, view := range []string{"v_quotes", "v_officials", "v_article_countries", "v_troops", "v_deaths"} {
		if n := count(t, db, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'view' AND name = ?", view); n != 1 {
			t.Errorf("view %s missing", view)
		}
	}
	if n := count(t, db, "SELECT COUNT(*) FROM countries WHERE code = 'TR' AND name = 'Turkey'"); n != 1 {
		t.Error("countries not seeded from the gazetteer")
	}
}

func TestOpenTwiceChangesNothing(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "n.db")
	for range 2 {
		db, err := storage.Open(ctx, path, storage.SeededOptions())
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

func TestOpenMustExist(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	path := filepath.Join(t.TempDir(), "missing.db")
	_, err := storage.Open(context.Background(), path, storage.Options{MustExist: true})
	if !errors.Is(err, storage.ErrNoDatabase) {
		t.Fatalf("err = %v, want ErrNoDatabase", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("MustExist created %s", path)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	path := filepath.Join(t.TempDir(), "newer.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE future (x); PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err = storage.Open(context.Background(), path, storage.Options{MustExist: true})
	if !errors.Is(err, storage.ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	for _, want := range []string{"newer", "99", "use a newer newsdesk"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestOpenRefusesOtherDatabases(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	path := filepath.Join(t.TempDir(), "other.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE invoices (id INTEGER)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err = storage.Open(context.Background(), path, storage.SeededOptions())
	if !errors.Is(err, storage.ErrNotNewsdesk) {
		t.Fatalf("err = %v, want ErrNotNewsdesk", err)
	}
	raw, _ = sql.Open("sqlite", path)
	defer raw.Close()
	var n int
	raw.QueryRow("SELECT COUNT(*) FROM sqlite_schema").Scan(&n)
	if n != 1 {
		t.Errorf("the other database was changed: %d objects", n)
	}
}

func TestOpenRefusesNonDatabase(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte(strings.Repeat("not a database\n", 100)), 0o644)
	if _, err := storage.Open(context.Background(), path, storage.Options{MustExist: true}); err == nil {
		t.Fatal("opened a text file as a database")
	}
}

func TestOpenOddPaths(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	for _, name := range []string{"with space.db", "question?mark.db", "hash#and%percent.db"} {
		path := filepath.Join(t.TempDir(), name)
		db, err := storage.Open(ctx, path, storage.SeededOptions())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		db.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: the database is not at its path: %v", name, err)
		}
	}
}

func TestOpenMemory(t *testing.T) {
	storage.SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	db, err := storage.Open(ctx, ":memory:", storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SaveArticle(ctx, article("https://x.invalid/1", "", "", "Body one."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Quotes(ctx, storage.Filter{})
	if err != nil || len(rows) != 3 {
		t.Fatalf("Quotes = %d rows, %v; want 3", len(rows), err)
	}
}

func TestOpenIdleConns(t *testing.T) {
	for _, tc := range []struct {
		name           string
		idle, wantIdle int
	}{
		{name: "set", idle: 2, wantIdle: 2},
		{name: "default", idle: 0, wantIdle: 5}, // 33 on SQLite, 16 on PostgreSQL: all five kept
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := storage.SeededOptions()
			opt.IdleConns = tc.idle
			db, err := storage.Open(t.Context(), storage.FreshDB(t), opt)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var conns []*sql.Conn
			for range 5 {
				c, err := db.SQL().Conn(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				conns = append(conns, c)
			}
			for _, c := range conns {
				c.Close()
			}
			if got := db.SQL().Stats().Idle; got != tc.wantIdle {
				t.Errorf("idle connections = %d, want %d", got, tc.wantIdle)
			}
		})
	}
}
