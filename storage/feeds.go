package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Feed is a registered feed and the state of its last fetch.
type Feed struct {
	ID            int64
	URL           string
	Title         string
	ETag          string
	LastModified  string
	LastFetchedAt time.Time
	LastStatus    string // FeedOK, FeedUnchanged, FeedFailed, or "" before the first fetch
	LastError     string
	ErrorCount    int
	NextFetchAt   time.Time // zero: due now
	Articles      int       // articles seen in the feed
}

// Feed fetch outcomes, as stored in last_status.
const (
	FeedOK        = "ok"
	FeedUnchanged = "unchanged"
	FeedFailed    = "failed"
)

// ErrNoFeed: the feed is not registered.
var ErrNoFeed = errors.New("storage: feed not registered")

// AddFeed registers a feed; registering it again changes nothing.
func (db *DB) AddFeed(ctx context.Context, url string) (created bool, err error) {
	r, err := db.sql.ExecContext(ctx, "INSERT INTO feeds(url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING",
		url, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return false, fmt.Errorf("storage: add feed %s: %w", url, err)
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// RemoveFeed unregisters a feed. Its articles stay.
func (db *DB) RemoveFeed(ctx context.Context, url string) error {
	r, err := db.sql.ExecContext(ctx, "DELETE FROM feeds WHERE url = ?", url)
	if err != nil {
		return fmt.Errorf("storage: remove feed %s: %w", url, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %s", ErrNoFeed, url)
	}
	return nil
}

const feedColumns = `f.id, f.url, COALESCE(f.title, ''), COALESCE(f.etag, ''), COALESCE(f.last_modified, ''),
	f.last_fetched_at, COALESCE(f.last_status, ''), COALESCE(f.last_error, ''), f.error_count, f.next_fetch_at,
	(SELECT COUNT(*) FROM feed_articles fa WHERE fa.feed_id = f.id)`

func scanFeed(sc interface{ Scan(...any) error }) (Feed, error) {
	var f Feed
	var fetched, next sql.NullString
	if err := sc.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &fetched, &f.LastStatus, &f.LastError,
		&f.ErrorCount, &next, &f.Articles); err != nil {
		return f, err
	}
	f.LastFetchedAt = parseTime(fetched)
	f.NextFetchAt = parseTime(next)
	return f, nil
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Feeds lists the registered feeds in the order they were added.
func (db *DB) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := db.sql.QueryContext(ctx, "SELECT "+feedColumns+" FROM feeds f ORDER BY f.id")
	if err != nil {
		return nil, fmt.Errorf("storage: list feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: list feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// DueFeeds lists the feeds whose next fetch time has come.
func (db *DB) DueFeeds(ctx context.Context, now time.Time) ([]Feed, error) {
	all, err := db.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	var out []Feed
	for _, f := range all {
		if f.NextFetchAt.IsZero() || !f.NextFetchAt.After(now) {
			out = append(out, f)
		}
	}
	return out, nil
}

// FeedByURL returns a registered feed.
func (db *DB) FeedByURL(ctx context.Context, url string) (Feed, error) {
	f, err := scanFeed(db.sql.QueryRowContext(ctx, "SELECT "+feedColumns+" FROM feeds f WHERE f.url = ?", url))
	if errors.Is(err, sql.ErrNoRows) {
		return Feed{}, fmt.Errorf("%w: %s", ErrNoFeed, url)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("storage: feed %s: %w", url, err)
	}
	return f, nil
}

// FetchResult is the outcome of one fetch of a feed, for RecordFetch.
type FetchResult struct {
	Status       string // FeedOK, FeedUnchanged or FeedFailed
	Title        string
	ETag         string
	LastModified string
	Error        string
	NextFetchAt  time.Time
}

// RecordFetch stores the outcome of a fetch: validators for the next
// conditional request, the error and its count, and when the feed is next due.
//
// A fetch that read the feed registers it. A failed fetch is recorded only
// for a registered feed: a source that has never once been read as a feed
// (a mistyped path or URL) is not registered by its failure, so it does not
// fail every later run.
func (db *DB) RecordFetch(ctx context.Context, url string, at time.Time, r FetchResult) error {
	tx, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.RecordFetch(ctx, url, at, r); err != nil {
		return err
	}
	return tx.Commit()
}

// RecordFetch is DB.RecordFetch within the transaction.
func (tx *Tx) RecordFetch(ctx context.Context, url string, at time.Time, r FetchResult) error {
	if r.Status != FeedFailed {
		if _, err := tx.w.ExecContext(ctx, "INSERT INTO feeds(url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING",
			url, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("storage: add feed %s: %w", url, err)
		}
	}
	var q string
	args := []any{at.UTC().Format(time.RFC3339), r.Status, timeText(r.NextFetchAt)}
	if r.Status == FeedFailed {
		q = `UPDATE feeds SET last_fetched_at = ?, last_status = ?, next_fetch_at = ?, last_error = ?, error_count = error_count + 1 WHERE url = ?`
		args = append(args, r.Error, url)
	} else {
		q = `UPDATE feeds SET last_fetched_at = ?, last_status = ?, next_fetch_at = ?, last_error = NULL, error_count = 0,
			etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), title = COALESCE(?, title) WHERE url = ?`
		args = append(args, nullString(r.ETag), nullString(r.LastModified), nullString(r.Title), url)
	}
	if _, err := tx.w.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("storage: record fetch of %s: %w", url, err)
	}
	return nil
}

// ArticleRef is what FindArticle knows of a stored article.
type ArticleRef struct {
	ID     int64 // 0: no such article is stored
	Linked bool  // the article is linked to the feed asked about
}

// FindArticle looks up the article stored under url, or under guid when
// guid is set, and tells whether it is linked to feedURL. It only reads, so
// that any number of workers may ask while one writer writes; linking an
// article found unlinked is LinkArticle's job, done by the writer.
//
// A GUID is matched only among the articles of feedURL (or among all
// articles when feedURL is ""): publishers number their items ("1234",
// "post-17"), so one feed's GUID says nothing about another feed's items.
func (db *DB) FindArticle(ctx context.Context, url, guid, feedURL string) (ArticleRef, error) {
	var id int64
	err := db.queryRow(ctx, "SELECT id FROM articles WHERE url = ?", url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && guid != "" {
		if feedURL == "" {
			err = db.queryRow(ctx, "SELECT id FROM articles WHERE guid = ? LIMIT 1", guid).Scan(&id)
		} else {
			err = db.queryRow(ctx, `SELECT fa.article_id FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
				WHERE f.url = ? AND fa.guid = ? LIMIT 1`, feedURL, guid).Scan(&id)
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return ArticleRef{}, nil
	}
	if err != nil {
		return ArticleRef{}, fmt.Errorf("storage: look up %s: %w", url, err)
	}
	if feedURL == "" {
		return ArticleRef{ID: id, Linked: true}, nil
	}
	var linked int
	if err := db.queryRow(ctx, `SELECT COUNT(*) FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
		WHERE f.url = ? AND fa.article_id = ?`, feedURL, id).Scan(&linked); err != nil {
		return ArticleRef{}, fmt.Errorf("storage: look up %s: %w", url, err)
	}
	return ArticleRef{ID: id, Linked: linked > 0}, nil
}

// LinkArticle links the stored article id to feedURL (creating the feed's
// row if need be) under the feed's guid for it; linking twice is harmless.
// The same story seen again in another feed is linked, not stored twice.
func (db *DB) LinkArticle(ctx context.Context, id int64, guid, feedURL string) error {
	if feedURL == "" {
		return nil
	}
	tx, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.LinkArticle(ctx, id, guid, feedURL); err != nil {
		return err
	}
	return tx.Commit()
}

// LinkArticle is DB.LinkArticle within the transaction.
func (tx *Tx) LinkArticle(ctx context.Context, id int64, guid, feedURL string) error {
	if feedURL == "" {
		return nil
	}
	fid, err := feedIDFor(ctx, tx.w, feedURL)
	if err != nil {
		return fmt.Errorf("storage: link article %d: %w", id, err)
	}
	if err := linkFeed(ctx, tx.w, fid, id, guid); err != nil {
		return fmt.Errorf("storage: link article %d: %w", id, err)
	}
	return nil
}

// ArticleHash returns the content hash of the article stored under url, or
// "" when none is, so that a caller holding a text can tell whether it is
// new before doing the work of extracting it.
func (db *DB) ArticleHash(ctx context.Context, url string) (string, error) {
	var h string
	err := db.sql.QueryRowContext(ctx, "SELECT content_hash FROM articles WHERE url = ?", url).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("storage: look up %s: %w", url, err)
	}
	return h, nil
}
