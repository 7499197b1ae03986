package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// DefaultPageSize is the number of rows a page holds when its Limit is 0.
const DefaultPageSize = 50

// ErrCursor: a cursor that this package did not make, or made for another
// listing or other filters.
var ErrCursor = errors.New("storage: invalid cursor")

// pageKey is where a page of a listing ends. Listings run newest first by
// publication time, rows of unknown date last, then by rank and id rising.
type pageKey struct {
	Published string // "" when the date is unknown
	Rank      int
	ID        int64
}

// cursor makes the opaque text that resumes a listing after k. It names
// the listing and its filters (fp), so that it cannot resume another.
func cursor(fp string, k pageKey) string {
	payload, _ := json.Marshal([]any{k.Published, k.Rank, k.ID})
	sum := sha256.Sum256([]byte(fp + "\x00" + string(payload)))
	enc := base64.RawURLEncoding
	return enc.EncodeToString(payload) + "." + enc.EncodeToString(sum[:8])
}

// parseCursor reads a cursor that cursor made with the same fp; "" is the
// start of the listing (nil).
func parseCursor(fp, s string) (*pageKey, error) {
	if s == "" {
		return nil, nil
	}
	bad := fmt.Errorf("%w: %q is not a cursor of this listing with these filters", ErrCursor, clipText(s, 40))
	p, sumText, ok := strings.Cut(s, ".")
	if !ok {
		return nil, bad
	}
	enc := base64.RawURLEncoding
	payload, err1 := enc.DecodeString(p)
	got, err2 := enc.DecodeString(sumText)
	if err1 != nil || err2 != nil {
		return nil, bad
	}
	sum := sha256.Sum256([]byte(fp + "\x00" + string(payload)))
	if string(got) != string(sum[:8]) {
		return nil, bad
	}
	var k pageKey
	var fields []json.RawMessage
	if json.Unmarshal(payload, &fields) != nil || len(fields) != 3 ||
		json.Unmarshal(fields[0], &k.Published) != nil || json.Unmarshal(fields[1], &k.Rank) != nil ||
		json.Unmarshal(fields[2], &k.ID) != nil {
		return nil, bad
	}
	return &k, nil
}

// errNoLimit: a listing's query without the "LIMIT ?" that page fills in.
var errNoLimit = errors.New("storage: listing query without LIMIT ?")

// withLimit writes the last "LIMIT ?" of q as the number n. SQLite plans a
// query by the value of a bound LIMIT and so prepares the statement again
// each time the value is bound anew; a limit in the text keeps it prepared.
// Every part of a page has the same limit, the page's, and page stops
// reading when the page is full.
func withLimit(q string, n int) (string, error) {
	const param = "LIMIT ?"
	i := strings.LastIndex(q, param)
	if i < 0 {
		return "", errNoLimit
	}
	return q[:i] + "LIMIT " + strconv.Itoa(n) + q[i+len(param):], nil
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// keyset names the SQL expressions a listing is ordered by.
type keyset struct {
	published string // publication time, RFC 3339 text or NULL
	rank      string // a small integer ordering rows of one date before id; "" for none
	id        string
	// sorted: the listing sorts its matches anyway (no index gives its
	// order), so one query takes dated and undated rows together
	sorted bool
}

// pageQuery builds one query of a page: cond and its args are the keyset
// condition to add to the listing's own, order its ORDER BY, and the
// query's last placeholder is that of its LIMIT, written "LIMIT ?" (see
// withLimit).
type pageQuery func(cond string, condArgs []any, order string) (query string, args []any)

// page runs a listing from after (nil: the start) and returns up to limit
// rows and the key of the last one when more follow. Dated rows come first,
// by an index range on the date, then those of unknown date; each part is
// its own query so that both can use an index.
func page[T any](ctx context.Context, db *DB, limit int, after *pageKey, ks keyset, build pageQuery,
	scan func(*sql.Rows) (T, pageKey, error)) ([]T, *pageKey, error) {
	if limit <= 0 {
		limit = DefaultPageSize
	}
	want := limit + 1 // one more tells whether a next page exists
	out := make([]T, 0, min(want, 1000))
	keys := make([]pageKey, 0, cap(out))
	run := func(cond string, args []any, order string) error {
		q, qargs := build(cond, args, order)
		q, err := withLimit(q, want)
		if err != nil {
			return err
		}
		rows, err := db.query(ctx, q, qargs...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for len(out) < want && rows.Next() {
			r, k, err := scan(rows)
			if err != nil {
				return err
			}
			out = append(out, r)
			keys = append(keys, k)
		}
		return rows.Err()
	}
	rank, order := ks.rank, ks.id
	if rank == "" {
		rank = "0"
	} else {
		order = rank + ", " + ks.id
	}
	rankID := "(" + rank + ", " + ks.id + ")"
	if ks.sorted {
		cond, args := "1 = 1", []any(nil)
		switch {
		case after != nil && after.Published != "":
			cond = "(" + ks.published + " IS NULL OR " + ks.published + " < ? OR (" + ks.published + " = ? AND " + rankID + " > (?, ?)))"
			args = []any{after.Published, after.Published, after.Rank, after.ID}
		case after != nil:
			cond = ks.published + " IS NULL AND " + rankID + " > (?, ?)"
			args = []any{after.Rank, after.ID}
		}
		if err := run(cond, args, ks.published+" IS NULL, "+ks.published+" DESC, "+order); err != nil {
			return nil, nil, err
		}
	}
	if !ks.sorted && (after == nil || after.Published != "") {
		cond := ks.published + " IS NOT NULL"
		var args []any
		if after != nil {
			cond = ks.published + " <= ? AND NOT (" + ks.published + " = ? AND " + rankID + " <= (?, ?))"
			args = []any{after.Published, after.Published, after.Rank, after.ID}
		}
		if err := run(cond, args, ks.published+" DESC, "+order); err != nil {
			return nil, nil, err
		}
	}
	if !ks.sorted && len(out) < want {
		cond := ks.published + " IS NULL"
		var args []any
		if after != nil && after.Published == "" {
			cond += " AND " + rankID + " > (?, ?)"
			args = []any{after.Rank, after.ID}
		}
		if err := run(cond, args, order); err != nil {
			return nil, nil, err
		}
	}
	if len(out) > limit {
		k := keys[limit-1]
		return out[:limit], &k, nil
	}
	return out, nil, nil
}
