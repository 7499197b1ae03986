// Package storage keeps newsdesk's linked records in SQLite: articles and
// the feeds they came from, and what the extractors found in them
// (officials, countries, quotes, troop figures, death tolls), each record
// linked to its article and, for quotes, to its speaker and the speaker's
// role.
//
// The schema is built by ordered migrations (PRAGMA user_version); the
// database runs in WAL mode with foreign keys on and a busy timeout, so that
// readers never block the writer and a second writer waits its turn.
// Analysts should read the v_* views, whose columns are stable across
// releases.
package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go driver, registered as "sqlite"
)

// Errors callers handle.
var (
	// ErrNoDatabase: a read-only command was pointed at a file that does not exist.
	ErrNoDatabase = errors.New("storage: database file does not exist")
	// ErrNewerSchema: the file was written by a newer newsdesk.
	ErrNewerSchema = errors.New("storage: database schema is newer than this newsdesk")
	// ErrNotNewsdesk: the file is an SQLite database of something else.
	ErrNotNewsdesk = errors.New("storage: not a newsdesk database")
)

// DB is an open newsdesk database. It is safe for concurrent use; writes
// are serialised by SQLite.
type DB struct {
	sql      *sql.DB
	path     string
	readOnly bool                 // opened by OpenReadOnly
	pg       bool                 // PostgreSQL, not SQLite: see dialect.go
	stmts    stmtCache            // prepared statements of the listings
	wstmts   stmtCache            // prepared statements of writes (see wtx)
	common   ttlMap[string, bool] // whether a search is common (commonSearch)
	names    nameCache            // countries and feeds, by code and id
	rows     rowCache             // quote rows, by id, on a read-only SQLite file
	cache    writerCache          // the writer's people by surname and story signatures (see writerCache)
	noCross  bool                 // Options.WithoutCrossArticle
}

// newDB wraps an opened pool, with empty caches.
func newDB(sdb *sql.DB, path string) *DB {
	return &DB{sql: sdb, path: path, names: newNameCache(),
		common: ttlMap[string, bool]{ttl: commonTTL, max: maxCommonCached}}
}

// Options tune Open. Zero values mean the defaults.
type Options struct {
	// BusyTimeout is how long a write waits for another writer; default 30s.
	BusyTimeout time.Duration
	// MustExist refuses to create a new file (for read-only commands).
	MustExist bool
	// States seed the countries table: every code a record may carry, with
	// its name (normally extract.States). A name that differs replaces the
	// stored one. Nil seeds none; a record naming a code no state has
	// stores the code as its name.
	States []Country
	// IdleConns is how many connections the database keeps open while
	// idle, so that its readers and writer need not open (and on SQLite
	// parse the schema and prepare statements) again. Zero means 33 on
	// SQLite (an ingest's fetchers with the default 4 feeds of 8 workers,
	// and its writer) and 16 on PostgreSQL (its whole pool, which it
	// never exceeds).
	IdleConns int
	// WithoutCrossArticle stores articles and their records without
	// keeping quote clusters, people links, aliases and stories: a
	// database so written lacks them. It exists only so that benchmarks
	// can measure what keeping them costs; nothing else should set it.
	WithoutCrossArticle bool
}

// Open opens (creating unless MustExist) the database at path, migrates it
// to the current schema and seeds the countries table. A database of a newer
// schema is refused with ErrNewerSchema, one of another program with
// ErrNotNewsdesk; an older one is migrated. The path ":memory:" opens a
// private in-memory database on a single connection.
//
// A postgres:// (or postgresql://) URL opens a PostgreSQL database instead,
// as described at IsPostgres; the rest of the API is the same.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, opt, false)
	}
	memory := path == ":memory:"
	if opt.MustExist && !memory {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrNoDatabase, path)
		}
	}
	busy := opt.BusyTimeout
	if busy <= 0 {
		busy = 30 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// statement journals (the undo of one statement inside a transaction)
	// in memory, not in a temporary file written page by page
	q.Add("_pragma", "temp_store(MEMORY)")
	// up to 32 MiB of pages in memory (the default is 2 MiB): the indexes that
	// find clusters, people and stories are read at random
	q.Add("_pragma", "cache_size(-32768)")
	// the log is copied into the database every 64 MiB rather than every
	// 4 MiB: a batch of articles dirties thousands of pages of the indexes
	// that find clusters, stories and people, and the pages that several
	// batches dirty are then copied once
	q.Add("_pragma", "wal_autocheckpoint(16384)")
	q.Add("_txlock", "immediate")
	dsn := "file:" + uriPath.Replace(path) + "?" + q.Encode()
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	if memory {
		// every connection would otherwise get a database of its own
		sdb.SetMaxOpenConns(1)
	} else {
		// connections kept open between uses: a new one parses the whole
		// schema and prepares again every statement run on it, which cost
		// an ingest's readers and writer more than their queries did when
		// only database/sql's default two were kept idle
		sdb.SetMaxIdleConns(cmp.Or(opt.IdleConns, maxIdleConns))
		sdb.SetConnMaxIdleTime(time.Minute)
	}
	db := newDB(sdb, path)
	db.noCross = opt.WithoutCrossArticle
	if err := db.check(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	if err := db.seedCountries(ctx, opt.States); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// maxIdleConns bounds the connections a writable database keeps open
// while idle, unless Options.IdleConns says otherwise: as many as an
// ingest's fetchers query it at once (its feeds times its workers, by
// default 4×8) and its writer.
const maxIdleConns = 33

// uriPath escapes what would end the path of a SQLite URI filename.
var uriPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// check fails loudly when the pragmas of the DSN did not take.
func (db *DB) check(ctx context.Context) error {
	var mode string
	if err := db.sql.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("storage: %s: %w", db.path, err)
	}
	if !strings.EqualFold(mode, "wal") && db.path != ":memory:" {
		return fmt.Errorf("storage: %s: journal mode is %q, want wal", db.path, mode)
	}
	var fk int
	if err := db.sql.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		return fmt.Errorf("storage: %s: foreign keys are off", db.path)
	}
	return nil
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) }

func (db *DB) migrate(ctx context.Context) error {
	// one statement, so both are read from the same snapshot
	var v, objects int
	if err := db.sql.QueryRowContext(ctx,
		"SELECT (SELECT user_version FROM pragma_user_version), (SELECT COUNT(*) FROM sqlite_schema)").Scan(&v, &objects); err != nil {
		return fmt.Errorf("storage: read schema version of %s: %w", db.path, err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk knows up to %d; use a newer newsdesk",
			ErrNewerSchema, db.path, v, len(migrations))
	}
	if v == 0 && objects > 0 {
		return fmt.Errorf("%w: %s has tables but no newsdesk schema version", ErrNotNewsdesk, db.path)
	}
	for i := v; i < len(migrations); i++ {
		if err := db.applyMigration(ctx, i); err != nil {
			return fmt.Errorf("storage: %s: migration %d: %w", db.path, i+1, err)
		}
	}
	return nil
}

// applyMigration runs migrations[i] and sets the version, in one
// transaction; it does nothing if another process got there first.
func (db *DB) applyMigration(ctx context.Context, i int) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var now int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
		return err
	}
	if now > i {
		return nil
	}
	if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
		return err
	}
	if fill := backfills[i+1]; fill != nil {
		if err := fill(ctx, wrapTx(tx, false)); err != nil {
			return err
		}
	}
	// PRAGMA takes no parameters; i is a loop counter, not input
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// seedCountries fills the countries table with states, so that every code
// a record may carry has its name. It writes only when the table differs
// from states, so that read commands do not wait for a running ingest.
func (db *DB) seedCountries(ctx context.Context, states []Country) error {
	if len(states) == 0 {
		return nil
	}
	have := map[string]string{}
	rows, err := db.sql.QueryContext(ctx, "SELECT code, name FROM countries")
	if err != nil {
		return fmt.Errorf("storage: seed countries: %w", err)
	}
	for rows.Next() {
		var code, name string
		if err := rows.Scan(&code, &name); err != nil {
			rows.Close()
			return fmt.Errorf("storage: seed countries: %w", err)
		}
		have[code] = name
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: seed countries: %w", err)
	}
	var missing []Country
	for _, s := range states {
		if name, ok := have[s.Code]; !ok || name != s.Name {
			missing = append(missing, s)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: seed countries: %w", err)
	}
	defer tx.Rollback()
	// a few statements of many rows: on PostgreSQL each statement is a
	// round trip to the server
	for chunk := range slices.Chunk(missing, 200) {
		args := make([]any, 0, 2*len(chunk))
		for _, s := range chunk {
			args = append(args, s.Code, s.Name)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO countries(code, name) VALUES "+valueRows(len(chunk), 2)+
			" ON CONFLICT(code) DO UPDATE SET name = excluded.name", args...); err != nil {
			return fmt.Errorf("storage: seed countries: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: seed countries: %w", err)
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	db.rows.close()
	db.stmts.close()
	db.wstmts.close()
	return db.sql.Close()
}

// SQL exposes the handle for read-only analyst queries in tests and tools.
func (db *DB) SQL() *sql.DB { return db.sql }

func nullString(s string) sql.NullString {
	return sql.NullString{String: s, Valid: s != ""}
}

func timeText(t time.Time) sql.NullString {
	if t.IsZero() {
		return sql.NullString{}
	}
	return sql.NullString{String: t.UTC().Format(time.RFC3339), Valid: true}
}
