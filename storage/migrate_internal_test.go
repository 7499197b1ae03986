package storage

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
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
	raw.Close()

	db, err := Open(ctx, path, Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
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
