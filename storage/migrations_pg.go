package storage

import (
	"regexp"
	"strings"
	"sync"
)

// pgMigrations are the migrations of a PostgreSQL database, one for each
// of migrations and with the same number: the same tables, columns, views
// and view columns, in PostgreSQL's words. The SQLite text is translated
// (types, the case-blind people.name) and what has no translation is
// written apart: full-text search is a tsvector column on quotes and on
// articles, filled by a trigger and indexed with GIN, instead of FTS5
// tables. Never edit a released one; add new ones to both lists.
//
// They are translated on first use, not at start-up: only a PostgreSQL
// database reads them, and the translation costs milliseconds that every
// command would otherwise pay.
var pgMigrations = sync.OnceValue(func() []string {
	return []string{
		pgMigration1(),
		pgDDL(ftsFree(migrations[1])) + pgFTS,
		pgDDL(migrations[2]),
		pgDDL(migrations[3]),
		pgDDL(withRowIDs(migrations[4])),
		pgDDL(migrations[5]),
		// 7: PostgreSQL's tsvector columns are filled by their own
		// triggers, row by row, at no such cost
		"SELECT 1",
		pgDDL(migrations[7]),
		// 9: PostgreSQL keeps story_keys' foreign keys (and their
		// cascades), which cost it no SQLite look-ups
		"SELECT 1",
		`
CREATE FUNCTION newsdesk_write_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE write_generation SET n = n + 1;
	RETURN NULL;
END $$;
CREATE TRIGGER write_generation_article_delete AFTER DELETE ON articles
	FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_write_generation();
`,
		// 11: a row at a time, as on SQLite, for the writer counts the
		// rows its own statements delete; and TRUNCATE, which fires no
		// DELETE trigger (with RESTART IDENTITY, ids come back)
		`
CREATE TRIGGER write_generation_people_delete AFTER DELETE ON people
	FOR EACH ROW EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_people_update AFTER UPDATE ON people
	FOR EACH ROW EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_signature_delete AFTER DELETE ON story_signatures
	FOR EACH ROW EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_signature_update AFTER UPDATE ON story_signatures
	FOR EACH ROW EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_article_truncate AFTER TRUNCATE ON articles
	FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_people_truncate AFTER TRUNCATE ON people
	FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_write_generation();
CREATE TRIGGER write_generation_signature_truncate AFTER TRUNCATE ON story_signatures
	FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_write_generation();
`,
	}
})

// withRowIDs drops SQLite's WITHOUT ROWID, which PostgreSQL's tables,
// kept apart from their indexes whatever the key, have no use for.
func withRowIDs(m string) string {
	return strings.ReplaceAll(m, ") WITHOUT ROWID;", ");")
}

// pgMigration1 is migration 1 with people.name unique whatever its case,
// as COLLATE NOCASE makes it on SQLite.
func pgMigration1() string {
	return strings.Replace(pgDDL(migrations[0]),
		`name     TEXT COLLATE "C" NOT NULL UNIQUE COLLATE NOCASE,`, `name     TEXT COLLATE "C" NOT NULL,`, 1) + `
CREATE UNIQUE INDEX people_name ON people(lower(name));
`
}

// pgFTS is PostgreSQL's full-text search. newsdesk_fold lower-cases and,
// where the unaccent extension can be had, drops accents, as SQLite's
// tokenizer does with remove_diacritics; without unaccent, accents must
// match. The 'simple' configuration neither stems nor drops stop words,
// as FTS5's unicode61 does not.
const pgFTS = `
DO $do$
BEGIN
	BEGIN
		CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
	EXCEPTION WHEN OTHERS THEN
		NULL; -- not installed, or not ours to create: fold case only
	END;
	IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
		EXECUTE format('CREATE FUNCTION newsdesk_fold(t text) RETURNS text LANGUAGE sql STABLE AS %L',
			'SELECT lower(' || (SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension WHERE extname = 'unaccent') || '.unaccent(t))');
	ELSE
		CREATE FUNCTION newsdesk_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';
	END IF;
END
$do$;

ALTER TABLE quotes ADD COLUMN fts tsvector;
CREATE FUNCTION quotes_fts_fill() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	NEW.fts := to_tsvector('simple', newsdesk_fold(NEW.text)) || to_tsvector('simple', newsdesk_fold(NEW.speaker));
	RETURN NEW;
END
$f$;
CREATE TRIGGER quotes_fts BEFORE INSERT OR UPDATE OF text, speaker ON quotes
	FOR EACH ROW EXECUTE FUNCTION quotes_fts_fill();
UPDATE quotes SET text = text;
CREATE INDEX quotes_fts ON quotes USING GIN (fts);

ALTER TABLE articles ADD COLUMN fts tsvector;
CREATE FUNCTION articles_fts_fill() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	NEW.fts := to_tsvector('simple', newsdesk_fold(COALESCE(NEW.title, ''))) || to_tsvector('simple', newsdesk_fold(NEW.body));
	RETURN NEW;
END
$f$;
CREATE TRIGGER articles_fts BEFORE INSERT OR UPDATE OF title, body ON articles
	FOR EACH ROW EXECUTE FUNCTION articles_fts_fill();
UPDATE articles SET body = body;
CREATE INDEX articles_fts ON articles USING GIN (fts);
`

// ftsFree cuts the FTS5 tables and their triggers off migration 2.
func ftsFree(m string) string {
	i := strings.Index(m, "-- Full-text search over quotes")
	if i < 0 {
		panic("storage: migration 2 has no full-text section")
	}
	return m[:i]
}

// pgDDL translates SQLite DDL: integers are 64-bit (ids and hashes are),
// a bare INTEGER PRIMARY KEY is an identity column, blobs are bytea, and
// text compares and sorts by code point (COLLATE "C"), as SQLite's BINARY
// does, whatever the database's locale: listings then come out in the
// same order on both backends.
func pgDDL(m string) string {
	pgIntegerKey := regexp.MustCompile(`\bINTEGER PRIMARY KEY\b`)
	pgInteger := regexp.MustCompile(`\bINTEGER\b`)
	pgText := regexp.MustCompile(`\bTEXT\b`)
	m = pgIntegerKey.ReplaceAllString(m, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
	m = pgInteger.ReplaceAllString(m, "BIGINT")
	m = strings.ReplaceAll(m, " BLOB ", " BYTEA ")
	return pgText.ReplaceAllString(m, `TEXT COLLATE "C"`)
}
