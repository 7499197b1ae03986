package storage

import (
	"context"
	"fmt"
)

// RecordCount is how many rows of one kind the database holds.
type RecordCount struct {
	Kind  string // "articles", "quotes", "officials", "people", ...
	Count int64
}

// recordKinds are the tables RecordCounts counts, in the order it lists them.
var recordKinds = []string{"feeds", "articles", "people", "officials", "article_countries", "quotes", "troop_figures", "death_tolls"}

// RecordCounts counts the records of each kind, in one read snapshot.
func (db *DB) RecordCounts(ctx context.Context) ([]RecordCount, error) {
	q := "SELECT "
	for i, k := range recordKinds {
		if i > 0 {
			q += ", "
		}
		// table names come from the list above, never from input
		q += "(SELECT COUNT(*) FROM " + k + ")"
	}
	out := make([]RecordCount, len(recordKinds))
	dest := make([]any, len(recordKinds))
	for i, k := range recordKinds {
		out[i].Kind = k
		dest[i] = &out[i].Count
	}
	if err := db.sql.QueryRowContext(ctx, q).Scan(dest...); err != nil {
		return nil, fmt.Errorf("storage: count records: %w", err)
	}
	return out, nil
}

// Ping checks that the database answers a query.
func (db *DB) Ping(ctx context.Context) error {
	q := "SELECT user_version FROM pragma_user_version"
	if db.pg {
		q = "SELECT version FROM newsdesk_schema"
	}
	var v int
	if err := db.sql.QueryRowContext(ctx, q).Scan(&v); err != nil {
		return fmt.Errorf("storage: ping %s: %w", db.path, err)
	}
	return nil
}

// Country is an ISO 3166-1 state.
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Countries lists the states known to the database, by name.
func (db *DB) Countries(ctx context.Context) ([]Country, error) {
	rows, err := db.sql.QueryContext(ctx, "SELECT code, name FROM countries ORDER BY name, code")
	if err != nil {
		return nil, fmt.Errorf("storage: countries: %w", err)
	}
	defer rows.Close()
	var out []Country
	for rows.Next() {
		var c Country
		if err := rows.Scan(&c.Code, &c.Name); err != nil {
			return nil, fmt.Errorf("storage: countries: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: countries: %w", err)
	}
	return out, nil
}
