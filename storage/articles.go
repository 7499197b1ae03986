package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsdesk/newsdesk/extract"
)

// Article is one stored article: where it came from and its text. It holds
// no SQL; the records found in it travel beside it as an extract.Result.
type Article struct {
	URL       string // canonical URL, the article's identity
	GUID      string // the feed item's GUID, if any
	FeedURL   string // the feed it was seen in, if any
	Title     string
	Byline    string
	Published time.Time
	Language  string
	Body      string
}

// Saved reports what SaveArticle did.
type Saved struct {
	ArticleID int64
	New       bool // a new article
	Updated   bool // an existing article whose text changed
	// Records is the number of records stored for the article.
	Records int
}

// ContentHash is the hash stored with each body, for deduplication.
func ContentHash(body string) string {
	h := sha256.Sum256([]byte(body))
	return hex.EncodeToString(h[:])
}

// SaveArticle stores an article with everything extracted from it, in one
// transaction: a killed run leaves no half article. An article already
// stored under the same URL is updated only when its text changed; an
// article already stored under another URL with the same GUID or text is
// linked to the feed and not stored twice.
func (db *DB) SaveArticle(ctx context.Context, a Article, res *extract.Result) (Saved, error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return Saved{}, fmt.Errorf("storage: save %s: %w", a.URL, err)
	}
	defer tx.Rollback()
	s, err := saveArticle(ctx, tx, a, res)
	if err != nil {
		return Saved{}, fmt.Errorf("storage: save %s: %w", a.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return Saved{}, fmt.Errorf("storage: save %s: %w", a.URL, err)
	}
	return s, nil
}

// SaveArticles stores several articles in one transaction, each complete;
// batching keeps SQLite from being the bottleneck of a large ingest.
func (db *DB) SaveArticles(ctx context.Context, arts []Article, results []*extract.Result) ([]Saved, error) {
	if len(arts) != len(results) {
		return nil, errors.New("storage: SaveArticles: articles and results differ in length")
	}
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: save batch: %w", err)
	}
	defer tx.Rollback()
	out := make([]Saved, len(arts))
	for i := range arts {
		s, err := saveArticle(ctx, tx, arts[i], results[i])
		if err != nil {
			return nil, fmt.Errorf("storage: save %s: %w", arts[i].URL, err)
		}
		out[i] = s
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: save batch: %w", err)
	}
	return out, nil
}

func saveArticle(ctx context.Context, tx *sql.Tx, a Article, res *extract.Result) (Saved, error) {
	hash := ContentHash(a.Body)
	now := time.Now().UTC().Format(time.RFC3339)
	feedID, err := feedIDFor(ctx, tx, a.FeedURL)
	if err != nil {
		return Saved{}, err
	}
	var id int64
	var oldHash string
	err = tx.QueryRowContext(ctx, "SELECT id, content_hash FROM articles WHERE url = ?", a.URL).Scan(&id, &oldHash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		// the same story under another URL: same GUID or same text
		dup, derr := duplicateOf(ctx, tx, a.GUID, hash)
		if derr != nil {
			return Saved{}, derr
		}
		if dup != 0 {
			return Saved{ArticleID: dup}, linkFeed(ctx, tx, feedID, dup, a.GUID)
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO articles(url, guid, title, byline, published, language, body, content_hash, fetched_at, extractor_version, records_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.URL, nullString(a.GUID), nullString(a.Title), nullString(a.Byline), timeText(a.Published),
			nullString(a.Language), a.Body, hash, now, extract.Version, recordsHash(res))
		if err != nil {
			return Saved{}, err
		}
		if id, err = r.LastInsertId(); err != nil {
			return Saved{}, err
		}
		n, err := insertRecords(ctx, tx, id, res)
		if err != nil {
			return Saved{}, err
		}
		return Saved{ArticleID: id, New: true, Records: n}, linkFeed(ctx, tx, feedID, id, a.GUID)
	case err != nil:
		return Saved{}, err
	}
	if oldHash == hash {
		return Saved{ArticleID: id}, linkFeed(ctx, tx, feedID, id, a.GUID)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET guid = COALESCE(?, guid), title = ?, byline = ?, published = ?, language = ?,
		body = ?, content_hash = ?, fetched_at = ?, extractor_version = ?, records_hash = ? WHERE id = ?`,
		nullString(a.GUID), nullString(a.Title), nullString(a.Byline), timeText(a.Published), nullString(a.Language),
		a.Body, hash, now, extract.Version, recordsHash(res), id); err != nil {
		return Saved{}, err
	}
	n, err := replaceRecords(ctx, tx, id, res)
	if err != nil {
		return Saved{}, err
	}
	return Saved{ArticleID: id, Updated: true, Records: n}, linkFeed(ctx, tx, feedID, id, a.GUID)
}

func duplicateOf(ctx context.Context, tx *sql.Tx, guid, hash string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", hash).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if guid == "" {
		return 0, nil
	}
	err = tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE guid = ? LIMIT 1", guid).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

func feedIDFor(ctx context.Context, tx *sql.Tx, feedURL string) (int64, error) {
	if feedURL == "" {
		return 0, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM feeds WHERE url = ?", feedURL).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		r, err := tx.ExecContext(ctx, "INSERT INTO feeds(url, created_at) VALUES (?, ?)", feedURL, time.Now().UTC().Format(time.RFC3339))
		if err != nil {
			return 0, err
		}
		return r.LastInsertId()
	}
	return id, err
}

func linkFeed(ctx context.Context, tx *sql.Tx, feedID, articleID int64, guid string) error {
	if feedID == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO feed_articles(feed_id, article_id, guid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
		feedID, articleID, nullString(guid))
	return err
}

// replaceRecords drops an article's records and stores res instead.
func replaceRecords(ctx context.Context, tx *sql.Tx, articleID int64, res *extract.Result) (int, error) {
	for _, table := range []string{"quotes", "officials", "article_countries", "troop_figures", "death_tolls"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE article_id = ?", articleID); err != nil {
			return 0, err
		}
	}
	return insertRecords(ctx, tx, articleID, res)
}

func insertRecords(ctx context.Context, tx *sql.Tx, articleID int64, res *extract.Result) (int, error) {
	if res == nil {
		return 0, nil
	}
	n := 0
	officialByName := map[string]int64{}
	personByName := map[string]int64{}
	for _, o := range res.Officials {
		pid, err := personID(ctx, tx, o.Name)
		if err != nil {
			return n, err
		}
		personByName[o.Name] = pid
		also, _ := json.Marshal(nonNilStrings(o.Also))
		ments, _ := json.Marshal(o.Mentions)
		r, err := tx.ExecContext(ctx, `INSERT INTO officials(article_id, person_id, title, country_code, organization, also, mentions, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id, person_id) DO NOTHING`,
			articleID, pid, o.Title, nullString(o.Country), nullString(o.Organization), string(also), string(ments), o.Rule, extract.Version)
		if err != nil {
			return n, err
		}
		if id, err := r.LastInsertId(); err == nil && id != 0 {
			officialByName[o.Name] = id
		}
		n++
	}
	for _, c := range res.Countries {
		if _, err := tx.ExecContext(ctx, "INSERT INTO article_countries(article_id, country_code, mentions) VALUES (?, ?, ?)",
			articleID, c.Code, c.Mentions); err != nil {
			return n, err
		}
		n++
	}
	for _, q := range res.Quotes {
		var pid, oid sql.NullInt64
		if id, ok := officialByName[q.Speaker]; ok {
			oid = sql.NullInt64{Int64: id, Valid: true}
			pid = sql.NullInt64{Int64: personByName[q.Speaker], Valid: true}
		} else if q.SpeakerKind == extract.SpeakerPerson {
			id, err := personID(ctx, tx, q.Speaker)
			if err != nil {
				return n, err
			}
			pid = sql.NullInt64{Int64: id, Valid: true}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes(article_id, text, speaker, speaker_key, speaker_person_id, official_id, cue, start_offset, end_offset, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, q.Text, q.Speaker, Fold(q.Speaker), pid, oid, nullString(q.Cue), q.Start, q.End, q.Rule, extract.Version); err != nil {
			return n, err
		}
		n++
	}
	for _, t := range res.Troops {
		if _, err := tx.ExecContext(ctx, `INSERT INTO troop_figures(article_id, count, approximate, country_code, unit, evidence, start_offset, end_offset, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, t.Count, t.Approximate, nullString(t.Country), nullString(t.Unit), t.Evidence, t.Start, t.End, t.Rule, extract.Version); err != nil {
			return n, err
		}
		n++
	}
	for _, d := range res.Deaths {
		if _, err := tx.ExecContext(ctx, `INSERT INTO death_tolls(article_id, count, approximate, cumulative, evidence, start_offset, end_offset, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, d.Count, d.Approximate, d.Cumulative, d.Evidence, d.Start, d.End, d.Rule, extract.Version); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func personID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM people WHERE name = ?", name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		r, err := tx.ExecContext(ctx, "INSERT INTO people(name, name_key) VALUES (?, ?)", name, Fold(name))
		if err != nil {
			return 0, err
		}
		return r.LastInsertId()
	}
	return id, err
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
