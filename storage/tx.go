package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// wtx is a write transaction that prepares each statement once and runs
// it as often as needed: SQLite would otherwise parse a statement anew for
// every call, which costs more than running it. A batch of articles is
// stored with a few dozen statements prepared once. A statement a
// transaction of db's prepared is kept prepared by db once the
// transaction commits (keepStmts), and later transactions on the same
// connection run it without preparing it again: the pipeline's writer
// commits a small batch every few dozen milliseconds.
type wtx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	db    *DB      // whose kept statements to use; nil for a migration's
	fresh []string // statements prepared here that db does not keep yet
	pg    bool     // PostgreSQL: see dialect.go
	// noCross skips clusters, people links, aliases and stories
	// (Options.WithoutCrossArticle, for benchmarks)
	noCross bool
	// links, when not nil, holds back the person_links of an article's
	// mentions, to be written in one statement (attachArticle)
	links *linkRows
	// stories, when not nil, holds back the story signatures and bands of
	// a batch's articles (fileStory), written by flushStories
	stories *heldStories
	// outlets, when not nil, holds back the counts of cluster_outlets
	// (joinCluster, newCluster), written by flushOutlets
	outlets *outletCounts
	// counts, when not nil, holds back what joining clusters added to
	// their counts (joinCluster), written by flushCounts
	counts *clusterCounts
	// batch: articles are being stored by saveBatch, which writes what
	// is held back at its end
	batch bool
	// storyCounts, when not nil, holds back what articles joining stories
	// added to their counts (joinStory), written by flushStoryCounts
	storyCounts *storyCounts
	// aliases, when not nil, holds back the alias counts of a batch's
	// articles (addAliases), written by flushAliases
	aliases *aliasCounts
	// clustered, when not nil, holds back the clusters of an article's
	// quotes, to be written in one statement (clusterQuotes)
	clustered *clusteredQuotes
	// parsed holds the parts of the people's names read (parsedName)
	parsed map[string]parsedName
	// cacheChecked: db.cache was found right at write_generation
	// cacheGen (writerCache); cacheDirty: the transaction added or
	// deleted people or deleted a signature, and moves write_generation
	// on when it commits; cacheTouched: it put in db.cache what it wrote
	cacheChecked, cacheDirty, cacheTouched bool
	cacheGen                               int64
	// genMoved: how far the rows the transaction deleted moved
	// write_generation on (triggers, migration 11)
	genMoved int64
	// hits is storyHits' buffer, kept from one article to the next
	hits []storyHit
}

// writeLock is the advisory lock every write transaction on PostgreSQL
// takes first (see lockSQL).
const writeLock = 0x6e647377 // "ndsw"

// begin starts a write transaction. On PostgreSQL it first takes the write
// lock, held until it ends: storage keeps what spans articles (clusters,
// people links, stories) by reading, then writing, and counts on no other
// writer in between, as SQLite's single writer guarantees. Writers on any
// number of machines take turns; readers never wait.
func (db *DB) begin(ctx context.Context) (*wtx, error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if db.pg {
		if _, err := tx.ExecContext(ctx, lockSQL, int32(writeLock)); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	w := wrapTx(tx, db.pg)
	w.noCross, w.db = db.noCross, db
	return w, nil
}

func wrapTx(tx *sql.Tx, pg bool) *wtx { return &wtx{Tx: tx, stmts: map[string]*sql.Stmt{}, pg: pg} }

// stmt returns the statement prepared for query, preparing it the first
// time. The transaction closes its statements when it ends.
//
// On PostgreSQL the wtx does not prepare (its callers run the query on the
// transaction itself): pgx keeps each connection's statements prepared
// across transactions, whereas a statement prepared here would cost a
// round trip to prepare and one to drop, in every transaction.
func (t *wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
		return s, nil
	}
	if t.db != nil {
		if kept := t.db.keptStmt(query); kept != nil {
			// prepared on this connection once, and by db kept since
			s := t.Tx.StmtContext(ctx, kept)
			t.stmts[query] = s
			return s, nil
		}
		t.fresh = append(t.fresh, query)
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
	if t.pg {
		return t.Tx.ExecContext(ctx, query, args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if ctx, err = uncancelled(ctx); err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a prepared query.
func (t *wtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if t.pg {
		return t.Tx.QueryContext(ctx, query, args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if ctx, err = uncancelled(ctx); err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// uncancelled is the context a statement of a write transaction runs
// with on SQLite: ctx without its cancellation, once ctx is found not
// done. The SQLite driver starts a goroutine for every statement whose
// context may be cancelled, to interrupt it, which costs more than most of
// the short, indexed statements of a write; when ctx ends, the statement
// running finishes, the next one fails and database/sql rolls the
// transaction back, as it would have.
func uncancelled(ctx context.Context) (context.Context, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return context.WithoutCancel(ctx), nil
}

// insertID runs an INSERT of one row into a table whose key is id and
// returns the row's id: on SQLite the rowid the insert set, which costs a
// quarter of a RETURNING clause (whose rows SQLite gathers in a table of
// their own first); on PostgreSQL by RETURNING id.
func (t *wtx) insertID(ctx context.Context, query string, args ...any) (int64, error) {
	if t.pg {
		var id int64
		err := t.QueryRowContext(ctx, query+" RETURNING id", args...).Scan(&id)
		return id, err
	}
	r, err := t.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// Commit commits the transaction, then has db keep the statements it
// prepared and forget the names it read before (a feed's title may have
// changed).
func (t *wtx) Commit() error {
	if err := t.indexNew(context.Background()); err != nil {
		return err
	}
	var gen int64
	if t.cacheDirty && t.db != nil {
		if err := t.QueryRowContext(context.Background(), "UPDATE write_generation SET n = n + 1 RETURNING n").Scan(&gen); err != nil {
			return err
		}
	}
	if err := t.Tx.Commit(); err != nil {
		t.cacheCommitted(false, 0)
		return err
	}
	t.cacheCommitted(true, gen)
	t.cacheDirty, t.cacheTouched, t.genMoved = false, false, 0
	if t.db != nil {
		t.db.names.forget()
	}
	if t.db != nil && len(t.fresh) > 0 {
		t.db.keepStmts(t.fresh)
		t.fresh = nil
	}
	return nil
}

// Rollback undoes the transaction; db's cache of people forgets what it
// may have taken from it.
func (t *wtx) Rollback() error {
	t.cacheCommitted(false, 0)
	t.cacheDirty, t.cacheTouched, t.genMoved = false, false, 0
	return t.Tx.Rollback()
}

// indexNew fills SQLite's full-text indexes with the quotes and articles
// stored above the highest id they hold (migration 7), in one statement
// each, and moves that mark. A transaction of a migration (t.db nil) may
// predate the mark's table and indexes nothing; PostgreSQL's tsvector
// columns are filled row by row.
func (t *wtx) indexNew(ctx context.Context) error {
	if t.pg || t.db == nil {
		return nil
	}
	for _, q := range indexNewSQL {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("full-text index: %w", err)
		}
	}
	return nil
}

// indexNewSQL indexes the rows above each table's mark, then moves it.
var indexNewSQL = []string{
	`INSERT INTO quotes_fts(rowid, text, speaker) SELECT id, text, speaker FROM quotes
	WHERE id > (SELECT upto FROM fts_indexed WHERE tbl = 'quotes')`,
	`INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles
	WHERE id > (SELECT upto FROM fts_indexed WHERE tbl = 'articles')`,
	// only when it moves: a commit that stored nothing writes no page here
	`UPDATE fts_indexed SET upto = (SELECT MAX(id) FROM quotes) WHERE tbl = 'quotes' AND upto < (SELECT MAX(id) FROM quotes)`,
	`UPDATE fts_indexed SET upto = (SELECT MAX(id) FROM articles) WHERE tbl = 'articles' AND upto < (SELECT MAX(id) FROM articles)`,
}

// flushHeld writes everything a batch held back: people links and
// aliases, stories' signatures and bands, quotes' clusters and the
// clusters' and stories' counts.
func (t *wtx) flushHeld(ctx context.Context) error {
	for _, flush := range []func(context.Context) error{
		t.flushLinks, t.flushAliases, t.flushStories, t.flushClustered, t.flushClusterCounts, t.flushStoryCounts,
	} {
		if err := flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

// flushClusterCounts writes the clusters' outlet counts and counts held
// back, before anything counts a cluster again.
func (t *wtx) flushClusterCounts(ctx context.Context) error {
	if err := t.flushOutlets(ctx); err != nil {
		return err
	}
	return t.flushCounts(ctx)
}

// flushStoryRows writes the stories' signatures, bands and counts held
// back, before anything reads or changes a story.
func (t *wtx) flushStoryRows(ctx context.Context) error {
	if err := t.flushStories(ctx); err != nil {
		return err
	}
	return t.flushStoryCounts(ctx)
}

// QueryRowContext runs a prepared query for one row.
func (t *wtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if t.pg {
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		// the transaction's own call reports the same error in the row
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	run, err := uncancelled(ctx)
	if err != nil {
		// ctx is done: the transaction's own call reports it in the row
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(run, args...)
}

// Tx is a write transaction open to callers: several writes of storage's,
// and writes of the caller's own through SQL, committed together or not at
// all. A job queue in the same PostgreSQL database enqueues the jobs that a
// write causes (the articles a feed's fetch found) in the transaction of
// that write, so that a crash loses both or neither.
//
// A Tx belongs to one goroutine. On SQLite it holds the write lock until it
// ends: keep it short.
type Tx struct {
	w  *wtx
	db *DB
}

// Begin starts a write transaction; end it with Commit or Rollback.
func (db *DB) Begin(ctx context.Context) (*Tx, error) {
	if db.readOnly {
		return nil, fmt.Errorf("storage: %s: opened read-only", db.path)
	}
	w, err := db.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("storage: begin on %s: %w", db.path, err)
	}
	return &Tx{w: w, db: db}, nil
}

// SQL is the transaction's handle, for the caller's own statements (a job
// queue's inserts). On PostgreSQL, ? placeholders are numbered for it as
// for storage's own SQL, unless the statement already uses $1.
func (tx *Tx) SQL() *sql.Tx { return tx.w.Tx }

// Postgres reports whether the transaction is on PostgreSQL.
func (tx *Tx) Postgres() bool { return tx.db.pg }

// Commit makes the transaction's writes durable.
func (tx *Tx) Commit() error {
	if err := tx.w.Commit(); err != nil {
		return fmt.Errorf("storage: commit on %s: %w", tx.db.path, err)
	}
	return nil
}

// Rollback undoes the transaction; after Commit it does nothing.
func (tx *Tx) Rollback() error {
	err := tx.w.Rollback()
	if err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("storage: roll back on %s: %w", tx.db.path, err)
	}
	return nil
}
