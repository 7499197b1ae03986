package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // also registers the driver "pgx"
)

// IsPostgres reports whether a --db value names a PostgreSQL database
// (a postgres:// or postgresql:// URL) rather than an SQLite file.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// migrateLock is the advisory lock under which a process migrates, so
// that two starting at once do not both apply a migration.
const migrateLock = 0x6e64736d // "ndsm"

// Advisory locks belong to a whole PostgreSQL database; newsdesk's are
// taken with the hash of the current schema as their second key, so that
// newsdesk databases in different schemas of one server database do not
// wait for one another.
const (
	lockSQL    = "SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))"
	tryLockSQL = "SELECT pg_try_advisory_lock(?, hashtext(current_schema()))"
	unlockSQL  = "SELECT pg_advisory_unlock(?, hashtext(current_schema()))"
)

// openPostgres opens the PostgreSQL database at url. The schema lives in
// the connection's current schema (normally public; a search_path
// parameter in the URL picks another). readOnly sessions have
// default_transaction_read_only set, so that nothing can write through
// them, and are never migrated or seeded.
func openPostgres(ctx context.Context, url string, opt Options, readOnly bool) (*DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	if readOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	name := redact(cfg)
	sdb := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	sdb.SetMaxOpenConns(16)
	sdb.SetMaxIdleConns(min(cmp.Or(opt.IdleConns, 16), 16))
	db := newDB(sdb, name)
	db.readOnly, db.pg, db.noCross = readOnly, true, opt.WithoutCrossArticle
	if err := db.openPostgres(ctx, opt, readOnly); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

func (db *DB) openPostgres(ctx context.Context, opt Options, readOnly bool) error {
	v, objects, err := db.pgVersion(ctx)
	if err != nil {
		return err
	}
	switch {
	case v > len(pgMigrations()):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk knows up to %d; use a newer newsdesk",
			ErrNewerSchema, db.path, v, len(pgMigrations()))
	case v == 0 && objects > 0:
		return fmt.Errorf("%w: %s has tables but no newsdesk schema version", ErrNotNewsdesk, db.path)
	case v == 0 && (opt.MustExist || readOnly):
		return fmt.Errorf("%w: %s has no newsdesk tables", ErrNoDatabase, db.path)
	case readOnly && v < len(pgMigrations()):
		return fmt.Errorf("%w: %s has schema version %d, this newsdesk needs %d; run 'newsdesk ingest' on it once to migrate",
			ErrOlderSchema, db.path, v, len(pgMigrations()))
	case readOnly:
		return nil
	}
	for i := v; i < len(pgMigrations()); i++ {
		if err := db.applyPGMigration(ctx, i); err != nil {
			return fmt.Errorf("storage: %s: migration %d: %w", db.path, i+1, err)
		}
	}
	return db.seedCountries(ctx, opt.States)
}

// pgVersion reads the schema version (0 without newsdesk_schema) and how
// many other tables the schema holds; a job queue's (river_*) are not
// counted, as they may be made first.
func (db *DB) pgVersion(ctx context.Context) (v, objects int, err error) {
	err = db.sql.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'newsdesk_schema'),
		(SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()
			AND tablename <> 'newsdesk_schema' AND tablename NOT LIKE 'river%')`).Scan(&v, &objects)
	if err != nil {
		return 0, 0, fmt.Errorf("storage: read schema version of %s: %w", db.path, err)
	}
	if v == 0 {
		return 0, objects, nil
	}
	if err := db.sql.QueryRowContext(ctx, "SELECT version FROM newsdesk_schema").Scan(&v); err != nil {
		return 0, 0, fmt.Errorf("storage: read schema version of %s: %w", db.path, err)
	}
	return v, objects, nil
}

// applyPGMigration runs pgMigrations()[i], its backfill and the version
// update in one transaction, under an advisory lock; it does nothing if
// another process got there first.
func (db *DB) applyPGMigration(ctx context.Context, i int) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, lockSQL, int32(migrateLock)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS newsdesk_schema (version INTEGER NOT NULL)"); err != nil {
		return err
	}
	var now int
	err = tx.QueryRowContext(ctx, "SELECT version FROM newsdesk_schema").Scan(&now)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = tx.ExecContext(ctx, "INSERT INTO newsdesk_schema(version) VALUES (0)")
	}
	if err != nil {
		return err
	}
	if now > i {
		return nil
	}
	if _, err := tx.ExecContext(ctx, pgMigrations()[i]); err != nil {
		return err
	}
	if fill := backfills[i+1]; fill != nil {
		if err := fill(ctx, wrapTx(tx, true)); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE newsdesk_schema SET version = ?", i+1); err != nil {
		return err
	}
	return tx.Commit()
}

// redact names the database without its password, for messages.
func redact(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// Lock is a PostgreSQL advisory lock held by one session: the server drops
// it when the session ends, so a killed process leaves none behind.
type Lock struct {
	db   *sql.DB
	conn *sql.Conn
	key  int32
}

// TryLock takes the session-level advisory lock key on the newsdesk
// database at url (its schema), if no other session holds it; ok is false
// when one does.
func TryLock(ctx context.Context, url string, key int32) (l *Lock, ok bool, err error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, false, fmt.Errorf("storage: %w", err)
	}
	sdb := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	conn, err := sdb.Conn(ctx)
	if err != nil {
		sdb.Close()
		return nil, false, fmt.Errorf("storage: lock %s: %w", redact(cfg), err)
	}
	if err := conn.QueryRowContext(ctx, tryLockSQL, key).Scan(&ok); err != nil || !ok {
		conn.Close()
		sdb.Close()
		if err != nil {
			return nil, false, fmt.Errorf("storage: lock %s: %w", redact(cfg), err)
		}
		return nil, false, nil
	}
	return &Lock{db: sdb, conn: conn, key: key}, true, nil
}

// Release gives the lock up.
func (l *Lock) Release() {
	l.conn.ExecContext(context.Background(), unlockSQL, l.key)
	l.conn.Close()
	l.db.Close()
}
