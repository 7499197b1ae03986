package storage

import (
	"context"
	"database/sql"
)

// wtx is a write transaction that prepares each statement once and runs
// it as often as needed: SQLite would otherwise parse a statement anew for
// every call, which costs more than running it. A batch of articles is
// stored with a few dozen statements prepared once.
type wtx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	pg    bool // PostgreSQL: see dialect.go
}

// begin starts a write transaction.
func (db *DB) begin(ctx context.Context) (*wtx, error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return wrapTx(tx, db.pg), nil
}

func wrapTx(tx *sql.Tx, pg bool) *wtx { return &wtx{Tx: tx, stmts: map[string]*sql.Stmt{}, pg: pg} }

// stmt returns the statement prepared for query, preparing it the first
// time. The transaction closes its statements when it ends.
func (t *wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
		return s, nil
	}
	s, err := t.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = s
	return s, nil
}

// ExecContext runs a prepared statement.
func (t *wtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a prepared query.
func (t *wtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a prepared query for one row.
func (t *wtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := t.stmt(ctx, query)
	if err != nil {
		// the transaction's own call reports the same error in the row
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(ctx, args...)
}
