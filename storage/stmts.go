package storage

import (
	"context"
	"database/sql"
	"sync"
)

// maxStmts bounds the prepared statements a DB keeps. Listings have a few
// dozen shapes (which filters are set); past the bound a query is parsed
// each time rather than kept.
const maxStmts = 256

// stmtCache keeps the statements of the listings prepared: parsing the SQL
// text costs as much as running a selective query.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// query runs a read through a prepared statement of the text q.
func (db *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := db.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return db.sql.QueryContext(ctx, q, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is query for one row.
func (db *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st, err := db.stmt(ctx, q); err == nil && st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return db.sql.QueryRowContext(ctx, q, args...)
}

// stmt returns the prepared statement of q, or nil when the cache is full.
func (db *DB) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	c := &db.stmts
	c.mu.Lock()
	st, full := c.m[q], len(c.m) >= maxStmts
	c.mu.Unlock()
	if st != nil || full {
		return st, nil
	}
	st, err := db.sql.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	if have := c.m[q]; have != nil {
		st.Close()
		return have, nil
	}
	c.m[q] = st
	return st, nil
}

// closeStmts closes the kept statements.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// keptStmt returns the write statement of q that db keeps, or nil.
func (db *DB) keptStmt(q string) *sql.Stmt {
	c := &db.wstmts
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[q]
}

// keepStmts prepares, to keep them, write statements that a committed
// transaction prepared for itself. One that fails to prepare (its tables
// gone meanwhile) is not kept: transactions go on preparing it.
func (db *DB) keepStmts(qs []string) {
	c := &db.wstmts
	for _, q := range qs {
		c.mu.Lock()
		have, full := c.m[q] != nil, len(c.m) >= maxStmts
		c.mu.Unlock()
		if have || full {
			continue
		}
		st, err := db.sql.PrepareContext(context.Background(), q)
		if err != nil {
			continue
		}
		c.mu.Lock()
		if c.m == nil {
			c.m = map[string]*sql.Stmt{}
		}
		if c.m[q] != nil {
			st.Close()
		} else {
			c.m[q] = st
		}
		c.mu.Unlock()
	}
}
