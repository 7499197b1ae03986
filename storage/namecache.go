package storage

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"time"
)

// nameCache holds what quote rows read from two small tables: a state's
// name by its code and a feed's URL and title by its id. Looking them up in
// memory rather than joining the tables in each listing saves two seeks a
// row, a sixth of a quote search's work. A key not held is read at once,
// so a new feed or state shows in the next answer; one held is read again
// after nameTTL, as a feed's title may change when it is fetched.
type nameCache struct {
	countries ttlMap[string, string]
	feeds     ttlMap[int64, feedName]
}

// newNameCache makes the caches of names, each keeping an entry nameTTL.
func newNameCache() nameCache {
	return nameCache{countries: ttlMap[string, string]{ttl: nameTTL, max: maxNamesMem},
		feeds: ttlMap[int64, feedName]{ttl: nameTTL, max: maxNamesMem}}
}

type feedName struct{ url, title string }

const (
	nameTTL     = 10 * time.Second
	maxNamesMem = 100_000 // entries a map holds before it starts anew
)

// country returns the name of code, "" for "" or a code no row has.
func (c *nameCache) country(ctx context.Context, db *DB, code string) (string, error) {
	if code == "" {
		return "", nil
	}
	return c.countries.get(code, func() (string, error) {
		var name string
		err := db.queryRow(ctx, "SELECT name FROM countries WHERE code = ?", code).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
		return name, err
	})
}

// feed returns the URL and title of the feed id; "" for an article in no
// feed (id not valid) or a feed since deleted.
func (c *nameCache) feed(ctx context.Context, db *DB, id sql.NullInt64) (url, title string, err error) {
	if !id.Valid {
		return "", "", nil
	}
	f, err := c.feeds.get(id.Int64, func() (feedName, error) {
		var f feedName
		err := db.queryRow(ctx, "SELECT url, COALESCE(title, '') FROM feeds WHERE id = ?", id.Int64).Scan(&f.url, &f.title)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
		return f, err
	})
	return f.url, f.title, err
}

// forget drops every entry, so that the next look-ups read the tables.
func (c *nameCache) forget() {
	c.countries.forget()
	c.feeds.forget()
}

// ttlMap keeps values read by load for ttl, and starts anew when it holds
// max. Two goroutines missing the same key may both read it; the value is
// the same.
type ttlMap[K comparable, V any] struct {
	ttl time.Duration
	max int

	mu sync.Mutex
	m  map[K]ttlEntry[V]
}

type ttlEntry[V any] struct {
	v  V
	at time.Time
}

func (t *ttlMap[K, V]) get(k K, load func() (V, error)) (V, error) {
	t.mu.Lock()
	e, ok := t.m[k]
	t.mu.Unlock()
	if ok && time.Since(e.at) < t.ttl {
		return e.v, nil
	}
	v, err := load()
	if err != nil {
		return v, err
	}
	t.mu.Lock()
	if t.m == nil || len(t.m) >= t.max {
		t.m = map[K]ttlEntry[V]{}
	}
	t.m[k] = ttlEntry[V]{v, time.Now()}
	t.mu.Unlock()
	return v, nil
}

func (t *ttlMap[K, V]) forget() {
	t.mu.Lock()
	t.m = nil
	t.mu.Unlock()
}
