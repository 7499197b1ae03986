package storage

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"
)

// A database that has only migration 1 (an earlier newsdesk) is migrated,
// and the full-text indexes cover the rows it already holds.
func TestOpenMigratesOlderSchema(t *testing.T) {
	SkipOnPostgres(t) // SQLite's files and pragmas
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(migrations[0] + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`
		INSERT INTO countries(code, name) VALUES ('NO', 'Norway');
		INSERT INTO articles(id, url, title, published, body, content_hash, fetched_at, extractor_version)
			VALUES (1, 'https://old.invalid/1', 'Talks in Oslo', '2026-11-17T14:05:00Z', 'Mediators met in Oslo.', 'h', 'now', 'old');
		INSERT INTO people(id, name, name_key) VALUES (1, 'Ingrid Solberg', 'ingrid solberg');
		INSERT INTO officials(id, article_id, person_id, title, country_code, rule, extractor_version)
			VALUES (1, 1, 1, 'Foreign Minister', 'NO', 'r', 'old');
		INSERT INTO quotes(article_id, text, speaker, speaker_key, speaker_kind, speaker_person_id, official_id,
			start_offset, end_offset, rule, extractor_version)
			VALUES (1, 'Nobody left the room', 'Ingrid Solberg', 'ingrid solberg', 'person', 1, 1, 0, 10, 'r', 'old');`); err != nil {
		t.Fatal(err)
	}
	db := openMigrated(t, raw, path)
	var v int
	db.sql.QueryRow("PRAGMA user_version").Scan(&v)
	if v != len(migrations) {
		t.Fatalf("user_version = %d after migration, want %d", v, len(migrations))
	}
	rows, err := db.Quotes(ctx, Filter{Search: "room"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].SpeakerTitle != "Foreign Minister" || rows[0].SpeakerCountry != "NO" {
		t.Errorf("old quote after migration: %+v", rows)
	}
	offs, err := db.Officials(ctx, Filter{Search: "mediators"})
	if err != nil || len(offs) != 1 {
		t.Errorf("articles_fts does not cover old articles: %v, %v", offs, err)
	}
}

// A database of schema version 5 (before quotes held their article's date)
// is migrated on either backend: its quotes get their article's published
// and their speaker's state (the attribution's, else the role's), and the
// listings by date and by state find them.
func TestOpenMigratesQuoteDates(t *testing.T) {
	ctx := context.Background()
	path := FreshDB(t)
	driver, steps := "sqlite", migrations[:5]
	if OnPostgres() {
		driver, steps = "pgx", pgMigrations()[:5]
	}
	raw, err := sql.Open(driver, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range steps {
		if _, err := raw.Exec(m); err != nil {
			t.Fatal(err)
		}
	}
	version := "PRAGMA user_version = 5"
	if OnPostgres() {
		version = "CREATE TABLE newsdesk_schema (version INTEGER NOT NULL); INSERT INTO newsdesk_schema(version) VALUES (5)"
	}
	for _, stmt := range []string{version,
		`INSERT INTO countries(code, name) VALUES ('NO', 'Norway'), ('TR', 'Turkey')`,
		`INSERT INTO articles(id, url, title, published, body, content_hash, fetched_at, extractor_version) VALUES
			(1, 'https://old.invalid/1', 'Talks in Oslo', '2026-11-17T14:05:00Z', 'Mediators met in Oslo.', 'h1', 'now', 'old'),
			(2, 'https://old.invalid/2', 'Undated', NULL, 'Mediators met again.', 'h2', 'now', 'old')`,
		`INSERT INTO people(id, name, name_key) VALUES (1, 'Ingrid Solberg', 'ingrid solberg')`,
		`INSERT INTO officials(id, article_id, person_id, title, country_code, rule, extractor_version)
			VALUES (1, 1, 1, 'Foreign Minister', 'NO', 'r', 'old')`,
		`INSERT INTO quotes(id, article_id, text, speaker, speaker_key, speaker_kind, speaker_person_id, official_id, speaker_country,
			start_offset, end_offset, rule, extractor_version) VALUES
			(1, 1, 'Nobody left the room', 'Ingrid Solberg', 'ingrid solberg', 'person', 1, 1, NULL, 0, 10, 'r', 'old'),
			(2, 1, 'Ankara will decide', 'a Turkish envoy', 'a turkish envoy', 'body', NULL, NULL, 'TR', 11, 20, 'r', 'old'),
			(3, 2, 'We met again', 'the mediators', 'the mediators', 'body', NULL, NULL, NULL, 0, 5, 'r', 'old')`,
	} {
		if _, err := raw.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db := openMigrated(t, raw, path)
	want := map[int64][2]string{1: {"2026-11-17T14:05:00Z", "NO"}, 2: {"2026-11-17T14:05:00Z", "TR"}, 3: {"", ""}}
	rows, err := db.sql.QueryContext(ctx, "SELECT id, COALESCE(published, ''), COALESCE(country, '') FROM quotes")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var got [2]string
		if err := rows.Scan(&id, &got[0], &got[1]); err != nil {
			t.Fatal(err)
		}
		if got != want[id] {
			t.Errorf("quote %d after migration: published, country = %q, want %q", id, got, want[id])
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	p, err := db.ListQuotes(ctx, QuoteQuery{Country: "no", Since: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(p.Quotes) != 1 || p.Quotes[0].ID != 1 || p.Quotes[0].Published != "2026-11-17T14:05:00Z" {
		t.Errorf("Norway since November after migration: %+v, %v", p.Quotes, err)
	}
	p, err = db.ListQuotes(ctx, QuoteQuery{})
	if err != nil || len(p.Quotes) != 3 || p.Quotes[0].ID != 1 || p.Quotes[1].ID != 2 || p.Quotes[2].ID != 3 {
		t.Errorf("all quotes after migration, newest first and undated last: %+v, %v", p.Quotes, err)
	}
}

// openMigrated closes raw, a database written in an older schema, and
// opens it with Open, which migrates it.
func openMigrated(t *testing.T, raw *sql.DB, path string) *DB {
	t.Helper()
	raw.Close()
	db, err := Open(context.Background(), path, Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
