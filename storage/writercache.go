package storage

import (
	"cmp"
	"context"
	"slices"
	"sync"
)

// writerCache keeps, for a DB's write transactions, what storing an
// article reads again and again and what changes only by the writers'
// own hands:
//
//   - the people of each surname key that fullerNames has read (id, name
//     and its parts, in id order): every mention reads the people of its
//     surname, and the same surnames come back batch after batch. A
//     person's row is never changed, only added (personRow) or deleted
//     (dropUnnamedPeople), and both keep the cache up to date;
//   - the story signatures of articles (storyHits compares a new article
//     with those sharing a band): an article's signature is written once
//     (fileStory) and deleted only when its text changes (leaveStory) or
//     it is deleted.
//
// The cache is right as of one value of write_generation, which every
// commit of newsdesk's that adds or deletes people or deletes a signature
// moves on, as does deleting articles, and deleting or changing people
// or signatures, by any SQL (triggers, a row at a time but for articles
// on PostgreSQL). A write transaction
// reads it once, when it first needs the cache, and empties the cache
// when it is not the value the cache was kept at: another process (or
// another DB on the same file) has written since. A transaction that
// changed what the cache holds, or put in it what it wrote itself, and
// does not commit empties it too. Write transactions take turns (SQLite's
// write lock, PostgreSQL's advisory one, both taken when they begin), so
// one at a time uses it.
type writerCache struct {
	mu        sync.Mutex
	gen       int64 // write_generation what is held is of
	bySurname map[string][]cachedPerson
	held      int                 // people held, at most maxPeopleCached
	sigs      map[int64]signature // by article, at most maxSigsCached
}

// maxSigsCached bounds the signatures a cache holds (about 250 bytes
// each): past it, they start anew.
const maxSigsCached = 20_000

// cachedPerson is a people row of a surname, with its name parsed and
// folded; the parts are shared, and not to be changed.
type cachedPerson struct {
	id     int64
	name   string
	parts  personName
	folded string
}

// maxPeopleCached bounds the people a cache holds: past it, it starts
// anew.
const maxPeopleCached = 200_000

// reset empties the cache and keeps it as of generation gen (an empty
// cache is right at any).
func (c *writerCache) reset(gen int64) {
	c.gen, c.bySurname, c.held, c.sigs = gen, nil, 0, nil
}

// writerCache returns db's writerCache for the transaction, checking the
// first time that no one else has moved write_generation on since the
// cache was kept; nil in a migration's transaction.
func (t *wtx) writerCache(ctx context.Context) (*writerCache, error) {
	if t.db == nil {
		return nil, nil
	}
	c := &t.db.cache
	if !t.cacheChecked {
		var n int64
		if err := t.QueryRowContext(ctx, "SELECT n FROM write_generation").Scan(&n); err != nil {
			return nil, err
		}
		c.mu.Lock()
		if c.gen != n {
			c.reset(n)
		}
		c.mu.Unlock()
		t.cacheChecked, t.cacheGen = true, n
	}
	return c, nil
}

// ofSurname returns the people of a surname key, in id order, reading
// them the first time.
func (c *writerCache) ofSurname(ctx context.Context, tx *wtx, surname string) ([]cachedPerson, error) {
	c.mu.Lock()
	list, ok := c.bySurname[surname]
	c.mu.Unlock()
	if ok {
		return list, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, name FROM people WHERE surname_key = ? ORDER BY id", surname)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list = []cachedPerson{}
	for rows.Next() {
		var p cachedPerson
		if err := rows.Scan(&p.id, &p.name); err != nil {
			return nil, err
		}
		p.parts, p.folded = parseName(p.name), Fold(p.name)
		list = append(list, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bySurname == nil || c.held+len(list) > maxPeopleCached {
		c.bySurname, c.held = map[string][]cachedPerson{}, 0
	}
	c.bySurname[surname] = list
	c.held += len(list)
	return list, nil
}

// personAdded notes a person the transaction added: in the cache, if it
// holds the surname, and in write_generation when the transaction commits.
func (t *wtx) personAdded(ctx context.Context, id int64, name, surname string) error {
	t.cacheDirty = true
	if t.noCross {
		return nil // the cache is not used; the commit moves the generation on
	}
	c, err := t.writerCache(ctx)
	if c == nil || err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	list, ok := c.bySurname[surname]
	if !ok {
		return nil
	}
	p := cachedPerson{id: id, name: name, parts: parseName(name), folded: Fold(name)}
	at, _ := slices.BinarySearchFunc(list, id, func(p cachedPerson, id int64) int { return cmp.Compare(p.id, id) })
	// a new slice: lists handed out before stay as they were
	c.bySurname[surname] = slices.Insert(slices.Clip(list), at, p)
	c.held++
	return nil
}

// personDeleted notes that the transaction deleted n people, each of
// whom moved write_generation on (a trigger): the cache starts anew
// (deletions are rare: a record re-pointed or replaced).
func (t *wtx) personDeleted(n int64) {
	if c := t.rowsDeleted(n); c != nil {
		c.mu.Lock()
		c.bySurname, c.held = nil, 0
		c.mu.Unlock()
	}
}

// rowsDeleted notes that the transaction deleted n cached rows, each of
// which moved write_generation on (a trigger), and returns the cache to
// mend, or nil outside a database.
func (t *wtx) rowsDeleted(n int64) *writerCache {
	t.cacheDirty = true
	t.genMoved += n
	if t.db == nil {
		return nil
	}
	return &t.db.cache
}

// signature returns the signature of an article held, if any.
func (c *writerCache) signature(article int64) (signature, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	sig, ok := c.sigs[article]
	return sig, ok
}

// sigKnown keeps the signature of an article, read or written by the
// transaction.
func (t *wtx) sigKnown(ctx context.Context, article int64, sig signature) error {
	c, err := t.writerCache(ctx)
	if c == nil || err != nil {
		return err
	}
	t.cacheTouched = true
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sigs == nil || len(c.sigs) >= maxSigsCached {
		c.sigs = map[int64]signature{}
	}
	c.sigs[article] = sig
	return nil
}

// sigDeleted notes that the transaction deleted n signatures of an
// article (0 or 1), each of which moved write_generation on (a trigger).
func (t *wtx) sigDeleted(article, n int64) {
	if c := t.rowsDeleted(n); c != nil {
		c.mu.Lock()
		delete(c.sigs, article)
		c.mu.Unlock()
	}
}

// cacheCommitted is what a commit tells the cache: of a transaction that
// changed or put in what the cache holds, that it committed, moving
// write_generation to gen (ok), or that it did not.
func (t *wtx) cacheCommitted(ok bool, gen int64) {
	if t.db == nil || !(t.cacheDirty || t.cacheTouched) {
		return
	}
	c := &t.db.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case ok && !t.cacheDirty:
		// nothing held is out of date
	case ok && t.cacheChecked && gen == t.cacheGen+t.genMoved+1:
		c.gen = gen
	default:
		// not known to be right (or write_generation moved by more than
		// this commit and the rows it deleted: articles deleted
		// meanwhile, or people by SQL of its own): empty, and checked
		// again by the next transaction
		c.reset(-1)
	}
}
