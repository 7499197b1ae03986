package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/newsdesk/newsdesk/extract"
)

// recordsHash fingerprints an extraction, so that storing the same records
// again can be skipped.
func recordsHash(res *extract.Result) string {
	b, _ := json.Marshal(res)
	h := sha256.Sum256(append([]byte(extract.Version+"\n"), b...))
	return hex.EncodeToString(h[:])
}

// ReextractStats counts what Reextract did.
type ReextractStats struct {
	Articles int // articles read
	Changed  int // articles whose records were replaced
	Records  int // records stored
}

// Reextract runs fn over every stored article body and replaces that
// article's records with the result, one transaction per article. Articles
// whose records come out the same are left alone, so running it twice
// changes nothing the second time.
func (db *DB) Reextract(ctx context.Context, fn func(body string) *extract.Result) (ReextractStats, error) {
	var st ReextractStats
	ids, err := db.articleIDs(ctx)
	if err != nil {
		return st, err
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		var body, old string
		if err := db.sql.QueryRowContext(ctx, "SELECT body, records_hash FROM articles WHERE id = ?", id).Scan(&body, &old); err != nil {
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		st.Articles++
		res := fn(body)
		h := recordsHash(res)
		if h == old {
			continue
		}
		tx, err := db.sql.BeginTx(ctx, nil)
		if err != nil {
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		n, err := replaceRecords(ctx, tx, id, res)
		if err == nil {
			_, err = tx.ExecContext(ctx, "UPDATE articles SET extractor_version = ?, records_hash = ? WHERE id = ?", extract.Version, h, id)
		}
		if err != nil {
			tx.Rollback()
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		if err := tx.Commit(); err != nil {
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		st.Changed++
		st.Records += n
	}
	return st, nil
}

func (db *DB) articleIDs(ctx context.Context) ([]int64, error) {
	rows, err := db.sql.QueryContext(ctx, "SELECT id FROM articles ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("storage: list articles: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("storage: list articles: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
