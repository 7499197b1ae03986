package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"time"

	"modernc.org/sqlite"
)

// ErrOlderSchema: a read-only open met a file of an older schema, which it
// may not migrate.
var ErrOlderSchema = errors.New("storage: database schema is older than this newsdesk")

// OpenReadOnly opens an existing database so that this process can never
// write to it: the file is opened in SQLite's read-only mode and every
// connection has query_only set. It works while another process writes
// (WAL mode: readers see each commit as it lands, without waiting) and
// never migrates or seeds: a file of an older schema is refused with
// ErrOlderSchema (any write command, such as 'newsdesk ingest', migrates it),
// a newer one with ErrNewerSchema.
//
// It also works where this process may not write at all: a database in a
// read-only folder (an analyst's copy, a backup mount). A WAL database
// needs its index file (DB-shm) beside it; when that is absent and cannot
// be made, no writer has the database open (a writer makes it), and the
// file is read as immutable, which needs no index. A writer that starts
// meanwhile may then make a query fail; it cannot be harmed.
//
// On PostgreSQL (a postgres:// URL) every session is read-only
// (default_transaction_read_only), and the same schema checks apply.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, Options{}, true)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoDatabase, path)
	}
	db, err := openReadOnly(ctx, path, false)
	var serr *sqlite.Error
	if errors.As(err, &serr) && (serr.Code()&0xff == sqliteReadOnly || serr.Code()&0xff == sqliteCantOpen) {
		db, err = openReadOnly(ctx, path, true)
	}
	return db, err
}

// SQLite's primary result codes for a file it may not write or create:
// here, the WAL index of a database in a read-only folder.
const (
	sqliteReadOnly = 8
	sqliteCantOpen = 14
)

func openReadOnly(ctx context.Context, path string, immutable bool) (*DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "query_only(1)")
	// a larger page cache per connection: readers share nothing else
	q.Add("_pragma", "cache_size(-8000)")
	// pages read straight from the mapped file, without a copy per connection
	q.Add("_pragma", "mmap_size(1073741824)")
	sdb, err := sql.Open("sqlite", "file:"+uriPath.Replace(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	// readers do not block one another in WAL mode: one connection per
	// goroutine that may query at once, kept open between requests, and one
	// more that the row cache keeps to itself
	n := max(4, 2*runtime.GOMAXPROCS(0)) + 1
	sdb.SetMaxOpenConns(n)
	sdb.SetMaxIdleConns(n)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	db := newDB(sdb, path)
	db.readOnly = true
	if err := db.checkReadOnly(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	db.rows.open(ctx, sdb)
	return db, nil
}

// checkReadOnly makes sure the file is a newsdesk database of this schema
// and that the connection cannot write.
func (db *DB) checkReadOnly(ctx context.Context) error {
	var v, objects, queryOnly int
	if err := db.sql.QueryRowContext(ctx,
		"SELECT (SELECT user_version FROM pragma_user_version), (SELECT COUNT(*) FROM sqlite_schema), (SELECT query_only FROM pragma_query_only)").
		Scan(&v, &objects, &queryOnly); err != nil {
		return fmt.Errorf("storage: %s: %w", db.path, err)
	}
	if queryOnly != 1 {
		return fmt.Errorf("storage: %s: query_only did not take", db.path)
	}
	switch {
	case v == 0 && objects > 0:
		return fmt.Errorf("%w: %s has tables but no newsdesk schema version", ErrNotNewsdesk, db.path)
	case v == 0:
		return fmt.Errorf("%w: %s is empty", ErrNotNewsdesk, db.path)
	case v > len(migrations):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk knows up to %d; use a newer newsdesk",
			ErrNewerSchema, db.path, v, len(migrations))
	case v < len(migrations):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk needs %d; run 'newsdesk ingest' on it once to migrate",
			ErrOlderSchema, db.path, v, len(migrations))
	}
	return nil
}

// ReadOnly reports whether the database was opened with OpenReadOnly.
func (db *DB) ReadOnly() bool { return db.readOnly }

// Modified is the last time the database file or its write-ahead log
// changed: an upper bound on when any record last changed, cheap enough to
// ask on every request.
func (db *DB) Modified() (time.Time, error) {
	if db.path == ":memory:" || db.pg {
		// unknown: PostgreSQL keeps no such time
		return time.Time{}, nil
	}
	fi, err := os.Stat(db.path)
	if err != nil {
		return time.Time{}, fmt.Errorf("storage: %w", err)
	}
	t := fi.ModTime()
	if wal, err := os.Stat(db.path + "-wal"); err == nil && wal.ModTime().After(t) {
		t = wal.ModTime()
	}
	return t, nil
}
