package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// rowCache keeps the quote rows that listings have read, by id, for a
// server that answers many searches over the same quotes: a row read from
// memory saves the five seeks that join it to its article, speaker, role
// and feed, most of a search's work. It is kept only on a read-only SQLite
// database, and emptied whenever any connection commits to the file, as
// PRAGMA data_version tells on a connection of its own; it holds at most
// maxRowBytes.
type rowCache struct {
	check   sync.Mutex // serialises the version check on conn
	conn    *sql.Conn  // nil: no cache
	version *sql.Stmt  // PRAGMA data_version, prepared on conn

	mu    sync.RWMutex // guards what follows
	at    int64        // data_version when the rows were read
	m     map[int64]QuoteEntry
	bytes int
}

const maxRowBytes = 32 << 20

// open starts the cache on a connection of db's pool. The cache is a
// speed-up only: when no connection can be had, there is none.
func (c *rowCache) open(ctx context.Context, sdb *sql.DB) {
	conn, err := sdb.Conn(ctx)
	if err != nil {
		return
	}
	st, err := conn.PrepareContext(ctx, "PRAGMA data_version")
	if err != nil {
		conn.Close()
		return
	}
	c.conn, c.version = conn, st
}

func (c *rowCache) close() error {
	c.check.Lock()
	defer c.check.Unlock()
	if c.conn == nil {
		return nil
	}
	c.version.Close()
	err := c.conn.Close()
	c.conn = nil
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
	return err
}

// current returns the database's version, emptying the cache if it has
// changed since the rows were read; ok is false when there is no cache.
func (c *rowCache) current() (version int64, ok bool) {
	c.check.Lock()
	defer c.check.Unlock()
	if c.conn == nil {
		return 0, false
	}
	// not the request's context: a cancelled query could spoil the
	// connection for every later request
	err := c.version.QueryRowContext(context.Background()).Scan(&version)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.m, c.bytes = nil, 0
		return 0, false
	}
	if version != c.at {
		c.at, c.m, c.bytes = version, nil, 0
	}
	return version, true
}

// get returns the rows of ids that the cache holds.
func (c *rowCache) get(ids []int64, into map[int64]QuoteEntry) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for _, id := range ids {
		if e, ok := c.m[id]; ok {
			into[id] = e
		}
	}
}

// put keeps rows read while the database was at version; rows read before
// a change that another request has since seen are dropped. When full, an
// eighth of the rows, chosen at random by map order, make room.
func (c *rowCache) put(version int64, rows []QuoteEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.at {
		return
	}
	if c.m == nil {
		c.m = map[int64]QuoteEntry{}
	}
	for _, e := range rows {
		if c.bytes > maxRowBytes {
			c.evict()
		}
		c.m[e.ID] = e
		c.bytes += rowBytes(e)
	}
}

func (c *rowCache) evict() {
	n := len(c.m) / 8
	for id, e := range c.m {
		if n == 0 {
			return
		}
		delete(c.m, id)
		c.bytes -= rowBytes(e)
		n--
	}
}

// rowBytes is about what a row takes in memory.
func rowBytes(e QuoteEntry) int {
	return 256 + len(e.Text) + len(e.Speaker) + len(e.SpeakerTitle) + len(e.Organization) +
		len(e.ArticleURL) + len(e.ArticleTitle) + len(e.Published) + len(e.Cue)
}

// quoteEntries returns the quotes of ids, in that order, with their names:
// from the cache where it holds them, the rest read in one query. A quote
// deleted since its id was read is left out.
func (db *DB) quoteEntries(ctx context.Context, ids []int64) ([]QuoteEntry, error) {
	got := make(map[int64]QuoteEntry, len(ids))
	version, cached := db.rows.current()
	if cached {
		db.rows.get(ids, got)
	}
	var missing []int64
	for _, id := range ids {
		if _, ok := got[id]; !ok {
			missing = append(missing, id)
		}
	}
	read, err := db.readQuotes(ctx, missing)
	if err != nil {
		return nil, err
	}
	if cached {
		db.rows.put(version, read)
	}
	for _, e := range read {
		got[e.ID] = e
	}
	out := make([]QuoteEntry, 0, len(ids))
	for _, id := range ids {
		if e, ok := got[id]; ok {
			out = append(out, e)
		}
	}
	return out, db.nameQuotes(ctx, out)
}

// readQuotes reads the rows of ids. The number of placeholders is rounded
// up to a power of two (the last id repeated), so that a handful of
// statements serve every count.
func (db *DB) readQuotes(ctx context.Context, ids []int64) ([]QuoteEntry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	n := 8
	for n < len(ids) {
		n *= 2
	}
	args := make([]any, n)
	for i := range args {
		args[i] = ids[min(i, len(ids)-1)]
	}
	rows, err := db.query(ctx, quoteSelect+quoteFrom+" WHERE q.id IN ("+placeholders(n)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("read quotes: %w", err)
	}
	defer rows.Close()
	out := make([]QuoteEntry, 0, len(ids))
	sc := db.newQuoteScan()
	for rows.Next() {
		e, err := sc.scan(rows)
		if err != nil {
			return nil, fmt.Errorf("read quotes: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
