package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"

	"modernc.org/sqlite"
)

// ErrOlderSchema: OpenReadOnly was given a database of an older newsdesk,
// which only a writable Open migrates.
var ErrOlderSchema = errors.New("storage: database schema is older than this newsdesk")

// SQLite's primary result codes for a file it may not write or create.
const (
	sqliteReadOnly = 8
	sqliteCantOpen = 14
)

// OpenReadOnly opens an existing database for reading only: it creates,
// migrates and seeds nothing, and every write through it fails. It works
// where newsdesk may not write: a database in a read-only folder, or a file
// it may only read. A missing file is ErrNoDatabase; a database of a newer
// schema ErrNewerSchema, of an older one ErrOlderSchema (Open migrates it);
// an SQLite file of another program ErrNotNewsdesk.
//
// A WAL database needs its index file (DB-shm) beside it. When that is
// absent and cannot be made, no writer has the database open (a writer
// makes it), so the file is read as immutable, which needs no index; a
// writer that starts during the read may then make it fail.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrNoDatabase, path)
		}
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	db, err := openReadOnly(ctx, path, false)
	var serr *sqlite.Error
	if errors.As(err, &serr) && (serr.Code()&0xff == sqliteReadOnly || serr.Code()&0xff == sqliteCantOpen) {
		db, err = openReadOnly(ctx, path, true)
	}
	return db, err
}

func openReadOnly(ctx context.Context, path string, immutable bool) (*DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", "busy_timeout(30000)")
	q.Add("_pragma", "query_only(1)")
	sdb, err := sql.Open("sqlite", "file:"+uriPath.Replace(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	db := &DB{sql: sdb, path: path}
	if err := db.checkSchema(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// checkSchema accepts only the current schema: a read-only database
// cannot be migrated.
func (db *DB) checkSchema(ctx context.Context) error {
	var v int
	if err := db.sql.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("storage: read schema version of %s: %w", db.path, err)
	}
	switch {
	case v > len(migrations):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk knows up to %d; use a newer newsdesk",
			ErrNewerSchema, db.path, v, len(migrations))
	case v == 0:
		return fmt.Errorf("%w: %s has no newsdesk schema version", ErrNotNewsdesk, db.path)
	case v < len(migrations):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk %d; open it writable (newsdesk ingest) to migrate it",
			ErrOlderSchema, db.path, v, len(migrations))
	}
	return nil
}
