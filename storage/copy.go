package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// copyTables are the tables Copy copies, parents before children so that
// every foreign key finds its row. The full-text indexes are not among
// them: each backend fills its own as rows arrive.
var copyTables = []string{
	"countries", "feeds", "people", "stories", "articles", "feed_articles", "officials", "article_countries",
	"quote_clusters", "quotes", "troop_figures", "death_tolls", "story_signatures", "story_keys",
	"person_links", "surname_names", "aliases", "quote_keys", "cluster_outlets",
}

// uncopiedTables hold no records, only what a database's writers keep
// for themselves: Copy leaves them as the target has them.
var uncopiedTables = []string{"write_generation"}

// copyBatch is how many rows one INSERT carries (PostgreSQL takes at most
// 65,535 parameters a statement, SQLite 32,766).
const copyBatch = 200

// ErrNotEmpty: Copy was asked to copy into a database that holds records.
var ErrNotEmpty = errors.New("storage: target database is not empty")

// Copied is how many rows of a table Copy copied.
type Copied struct {
	Table string
	Rows  int64
}

// Copy copies every record of from into to, on either backend: the same
// rows under the same ids, each table in one transaction, in an order that
// keeps foreign keys satisfied; PostgreSQL's id sequences are then moved
// past the largest id. to must hold no records (ErrNotEmpty) unless replace
// is set, which deletes them first. Countries are merged rather than
// counted as records: Open seeds them.
func Copy(ctx context.Context, from, to *DB, replace bool) ([]Copied, error) {
	if to.readOnly {
		return nil, fmt.Errorf("storage: copy into %s: opened read-only", to.path)
	}
	empty, err := to.empty(ctx)
	if err != nil {
		return nil, err
	}
	if !empty && !replace {
		return nil, fmt.Errorf("%w: %s already holds records", ErrNotEmpty, to.path)
	}
	if !empty {
		if err := to.clear(ctx); err != nil {
			return nil, err
		}
	}
	var out []Copied
	for _, table := range copyTables {
		n, err := copyTable(ctx, from, to, table)
		if err != nil {
			return out, fmt.Errorf("storage: copy %s from %s to %s: %w", table, from.path, to.path, err)
		}
		out = append(out, Copied{Table: table, Rows: n})
	}
	if to.pg {
		if err := to.resetSequences(ctx); err != nil {
			return out, err
		}
	}
	return out, nil
}

// empty reports whether the database holds no records (countries aside).
func (db *DB) empty(ctx context.Context) (bool, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM articles LIMIT 1) a)
		+ (SELECT COUNT(*) FROM (SELECT 1 FROM feeds LIMIT 1) f) + (SELECT COUNT(*) FROM (SELECT 1 FROM people LIMIT 1) p)`).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("storage: %s: %w", db.path, err)
	}
	return n == 0, nil
}

// clear deletes every record, children first, in one transaction.
func (db *DB) clear(ctx context.Context) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return fmt.Errorf("storage: clear %s: %w", db.path, err)
	}
	defer tx.Rollback()
	tables := slices.Clone(copyTables[1:]) // countries stay: Open seeded them
	slices.Reverse(tables)
	if db.pg {
		tables = []string{strings.Join(tables, ", ")}
	}
	for _, t := range tables {
		stmt := "DELETE FROM " + t
		if db.pg {
			stmt = "TRUNCATE " + t
		}
		if _, err := tx.Tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("storage: clear %s: %w", db.path, err)
		}
	}
	tx.personDeleted(0) // and moves write_generation on
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: clear %s: %w", db.path, err)
	}
	return nil
}

// copyTable copies one table's rows in one transaction of the target.
func copyTable(ctx context.Context, from, to *DB, table string) (int64, error) {
	cols, err := copyColumns(ctx, from, to, table)
	if err != nil {
		return 0, err
	}
	rows, err := from.sql.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+table)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	tx, err := to.begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if table == "people" {
		tx.personDeleted(0) // people added: write_generation moves on
	}
	insert := "INSERT INTO " + table + "(" + strings.Join(cols, ", ") + ") VALUES "
	var n int64
	batch := make([]any, 0, copyBatch*len(cols))
	flush := func() error {
		k := len(batch) / len(cols)
		if k == 0 {
			return nil
		}
		q := insert + valueRows(k, len(cols))
		if table == "countries" {
			q += " ON CONFLICT (code) DO UPDATE SET name = excluded.name"
		}
		if _, err := tx.Tx.ExecContext(ctx, q, batch...); err != nil {
			return err
		}
		n += int64(k)
		batch = batch[:0]
		return nil
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		batch = append(batch, vals...)
		if len(batch) >= copyBatch*len(cols) {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	if err := flush(); err != nil {
		return n, err
	}
	return n, tx.Commit()
}

// copyColumns are the columns of table that both databases have, in the
// source's order; PostgreSQL's full-text column is filled by its trigger.
func copyColumns(ctx context.Context, from, to *DB, table string) ([]string, error) {
	names := func(db *DB) ([]string, error) {
		rows, err := db.sql.QueryContext(ctx, "SELECT * FROM "+table+" LIMIT 0")
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return rows.Columns()
	}
	src, err := names(from)
	if err != nil {
		return nil, err
	}
	dst, err := names(to)
	if err != nil {
		return nil, err
	}
	var cols []string
	for _, c := range src {
		if c != "fts" && slices.Contains(dst, c) {
			cols = append(cols, c)
		}
	}
	return cols, nil
}

// resetSequences moves each identity column's sequence past the largest
// id copied, so that the next row stored gets a new id.
func (db *DB) resetSequences(ctx context.Context) error {
	for _, t := range []string{"feeds", "articles", "people", "officials", "quotes", "troop_figures", "death_tolls",
		"stories", "quote_clusters"} {
		if _, err := db.sql.ExecContext(ctx, "SELECT setval(pg_get_serial_sequence('"+t+"', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM "+t); err != nil {
			return fmt.Errorf("storage: reset the id sequence of %s: %w", t, err)
		}
	}
	return nil
}
