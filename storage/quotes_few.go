package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// fewMatches: a search (with dates at most) that matches no more quotes
// than this is paged in memory from its rows (see fewQuotes), not by a
// query that reads each match's date from an index and sorts them. Most
// searches of a word are such, and their rows are in the row cache.
const fewMatches = 64

// fewQuotes returns the page of q when its search matches at most
// fewMatches quotes, in the order and with the cursors of ListQuotes;
// ok is false when it matches more.
func (db *DB) fewQuotes(ctx context.Context, q QuoteQuery, after *pageKey) (page []QuoteEntry, next *pageKey, ok bool, err error) {
	col := "rowid"
	if db.pg {
		col = "id"
	}
	rows, err := db.query(ctx, "SELECT "+col+" FROM "+db.quoteMatches()+fmt.Sprintf(" LIMIT %d", fewMatches+1), db.searchArg(q.Search))
	if err != nil {
		return nil, nil, false, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, nil, false, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) > fewMatches {
		return nil, nil, false, err
	}
	all, err := db.quoteEntries(ctx, ids)
	if err != nil {
		return nil, nil, false, err
	}
	page, next = pageOf(all, q, after)
	return page, next, true, nil
}

// pageOf is the page of quotes q selects from all, by ListQuotes's order:
// dated quotes newest first, then undated ones, each by id.
func pageOf(all []QuoteEntry, q QuoteQuery, after *pageKey) ([]QuoteEntry, *pageKey) {
	// as quotePlan's conditions on the text of the dates
	since, until := timeText(q.Since).String, timeText(q.Until).String
	all = slices.DeleteFunc(all, func(e QuoteEntry) bool {
		return (since != "" || until != "") && e.Published == "" ||
			since != "" && e.Published < since || until != "" && e.Published >= until
	})
	slices.SortFunc(all, func(a, b QuoteEntry) int { return comparePageKeys(keyOf(a), keyOf(b)) })
	if after != nil {
		all = slices.DeleteFunc(all, func(e QuoteEntry) bool { return comparePageKeys(keyOf(e), *after) <= 0 })
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultPageSize
	}
	if len(all) > limit {
		k := keyOf(all[limit-1])
		return all[:limit], &k
	}
	return all, nil
}

func keyOf(e QuoteEntry) pageKey { return pageKey{Published: e.Published, ID: e.ID} }

// comparePageKeys orders keys as page does: dated before undated, the
// newest first, then by rank and id.
func comparePageKeys(a, b pageKey) int {
	switch {
	case (a.Published == "") != (b.Published == ""):
		if a.Published == "" {
			return 1
		}
		return -1
	case a.Published != b.Published:
		return -cmp.Compare(a.Published, b.Published)
	case a.Rank != b.Rank:
		return cmp.Compare(a.Rank, b.Rank)
	}
	return cmp.Compare(a.ID, b.ID)
}
