package storage

import (
	"cmp"
	"context"
	"slices"
	"sync"
)

// peopleCache keeps, for a DB's write transactions, the people of each
// surname key that fullerNames has read (id, name and its parts, in id
// order): every article's mentions read the people of their surnames, and
// the same surnames come back batch after batch. A person's row is never
// changed, only added (personRow) or deleted (dropUnnamedPeople), and both
// keep the cache up to date.
//
// The cache holds the people as of one value of write_generation, which
// every commit of newsdesk's that adds or deletes people moves on. A
// write transaction reads it once, when it first needs the cache, and
// empties the cache when it is not the value the cache was kept at:
// another process (or another DB on the same file) has written since. A
// transaction that added or deleted people and does not commit empties
// it too. Write transactions take turns (SQLite's write lock, PostgreSQL's
// advisory one, both taken when they begin), so one at a time uses it.
type peopleCache struct {
	mu        sync.Mutex
	gen       int64 // write_generation the people held are of
	bySurname map[string][]cachedPerson
	held      int // people held, at most maxPeopleCached
}

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
func (c *peopleCache) reset(gen int64) {
	c.gen, c.bySurname, c.held = gen, nil, 0
}

// peopleCache returns db's cache of people for the transaction, checking
// the first time that no one else has added or deleted people since the
// cache was kept; nil in a migration's transaction.
func (t *wtx) peopleCache(ctx context.Context) (*peopleCache, error) {
	if t.db == nil {
		return nil, nil
	}
	c := &t.db.people
	if !t.peopleChecked {
		var n int64
		if err := t.QueryRowContext(ctx, "SELECT n FROM write_generation").Scan(&n); err != nil {
			return nil, err
		}
		c.mu.Lock()
		if c.gen != n {
			c.reset(n)
		}
		c.mu.Unlock()
		t.peopleChecked, t.peopleGen = true, n
	}
	return c, nil
}

// ofSurname returns the people of a surname key, in id order, reading
// them the first time.
func (c *peopleCache) ofSurname(ctx context.Context, tx *wtx, surname string) ([]cachedPerson, error) {
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
	t.peopleDirty = true
	if t.noCross {
		return nil // the cache is not used; the commit moves the generation on
	}
	c, err := t.peopleCache(ctx)
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

// personDeleted notes that the transaction deleted people: the cache
// starts anew (deletions are rare: a record re-pointed or replaced).
func (t *wtx) personDeleted() {
	t.peopleDirty = true
	if t.db == nil {
		return
	}
	c := &t.db.people
	c.mu.Lock()
	c.bySurname, c.held = nil, 0
	c.mu.Unlock()
}

// peopleCommitted is what a commit tells the cache: of a transaction that
// added or deleted people, the generation it moved write_generation to,
// or (ok false) that it did not commit.
func (t *wtx) peopleCommitted(ok bool) {
	if t.db == nil || !t.peopleDirty {
		return
	}
	c := &t.db.people
	c.mu.Lock()
	defer c.mu.Unlock()
	if ok && t.peopleChecked {
		c.gen = t.peopleGen + 1
		return
	}
	// not known to be right: empty, and checked again by the next
	// transaction
	c.reset(-1)
}
