package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
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

// Reextract runs fn (normally (*extract.Extractor).Extract) over every
// stored article body and replaces that article's records with the result,
// one transaction per article, stamped with extract.Version. Articles whose
// records come out the same under the same version are left alone, so
// running it twice changes nothing the second time. A failure or a
// cancelled ctx stops it; the articles done so far stay done.
func (db *DB) Reextract(ctx context.Context, fn func(body string) *extract.Result) (ReextractStats, error) {
	ids, err := db.ArticleIDs(ctx)
	if err != nil {
		return ReextractStats{}, err
	}
	return db.ReextractArticles(ctx, ids, fn)
}

// ReextractArticles is Reextract over the articles of ids only: one batch
// of a reextract spread over a job queue's workers. An id that is not (or
// no longer) stored is passed over and not counted.
func (db *DB) ReextractArticles(ctx context.Context, ids []int64, fn func(body string) *extract.Result) (ReextractStats, error) {
	var st ReextractStats
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return st, fmt.Errorf("storage: reextract: %w", err)
		}
		var body, bodyHash, old string
		err := db.sql.QueryRowContext(ctx, "SELECT body, content_hash, records_hash FROM articles WHERE id = ?", id).Scan(&body, &bodyHash, &old)
		if errors.Is(err, sql.ErrNoRows) {
			continue // deleted meanwhile
		}
		if err != nil {
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		st.Articles++
		res := fn(body)
		h := recordsHash(res)
		if h == old {
			continue
		}
		n, changed, err := db.replaceIfSameBody(ctx, id, bodyHash, res, h)
		if err != nil {
			return st, fmt.Errorf("storage: reextract article %d: %w", id, err)
		}
		if changed {
			st.Changed++
			st.Records += n
		}
	}
	return st, nil
}

// replaceIfSameBody replaces an article's records in one transaction,
// unless its body changed since it was read (an ingest stored a new text,
// and records with it).
func (db *DB) replaceIfSameBody(ctx context.Context, id int64, bodyHash string, res *extract.Result, h string) (int, bool, error) {
	tx, err := db.begin(ctx)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	var now string
	if err := tx.QueryRowContext(ctx, "SELECT content_hash FROM articles WHERE id = ?", id).Scan(&now); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return 0, false, nil
		}
		return 0, false, err
	}
	if now != bodyHash {
		return 0, false, nil
	}
	n, err := replaceRecords(ctx, tx, id, res)
	if err != nil {
		return 0, false, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET extractor_version = ?, records_hash = ? WHERE id = ?", extract.Version, h, id); err != nil {
		return 0, false, err
	}
	return n, true, tx.Commit()
}

// ArticleIDs are the ids of the stored articles, in order.
func (db *DB) ArticleIDs(ctx context.Context) ([]int64, error) {
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
