package storage

import (
	"context"
	"database/sql"
	"net/url"
	"strings"
)

// Stories. Every article belongs to one story; near-duplicates (wire copy
// republished under another headline, or with its ending trimmed) share
// it, so that a figure printed by twenty outlets can be counted once. An
// article is compared only with the articles that share a band of its
// MinHash signature (story_keys), never with the whole table.

// assignStory puts an article in its story: the story of the copies it
// is a near-duplicate of (merging their stories when it joins several),
// or a new one. An article that had a story (its text changed) leaves it
// first.
func assignStory(ctx context.Context, tx *sql.Tx, articleID int64, body string) error {
	var old sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT story_id FROM articles WHERE id = ?", articleID).Scan(&old); err != nil {
		return err
	}
	for _, stmt := range []string{
		"DELETE FROM story_keys WHERE article_id = ?",
		"DELETE FROM story_signatures WHERE article_id = ?",
		"UPDATE articles SET story_id = NULL WHERE id = ?",
	} {
		if _, err := tx.ExecContext(ctx, stmt, articleID); err != nil {
			return err
		}
	}
	if old.Valid {
		if err := refreshStory(ctx, tx, old.Int64); err != nil {
			return err
		}
	}
	sig := storySignature(body)
	stories, err := copiesOf(ctx, tx, articleID, sig)
	if err != nil {
		return err
	}
	var id int64
	switch {
	case len(stories) == 0:
		if err := tx.QueryRowContext(ctx, "INSERT INTO stories(articles) VALUES (0) RETURNING id").Scan(&id); err != nil {
			return err
		}
	default:
		if id, err = mergeStories(ctx, tx, stories); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = ? WHERE id = ?", id, articleID); err != nil {
		return err
	}
	if sig.shingles >= minStoryShingles {
		if _, err := tx.ExecContext(ctx, "INSERT INTO story_signatures(article_id, shingles, signature) VALUES (?, ?, ?)",
			articleID, sig.shingles, sig.marshal()); err != nil {
			return err
		}
		for _, k := range sig.bandKeys() {
			if _, err := tx.ExecContext(ctx, "INSERT INTO story_keys(key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING", k, articleID); err != nil {
				return err
			}
		}
	}
	return refreshStory(ctx, tx, id)
}

// copiesOf finds the stories of the articles an article is a
// near-duplicate of.
func copiesOf(ctx context.Context, tx *sql.Tx, articleID int64, sig signature) ([]int64, error) {
	if sig.shingles < minStoryShingles {
		return nil, nil
	}
	keys := sig.bandKeys()
	args := make([]any, 0, len(keys)+1)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, articleID)
	rows, err := tx.QueryContext(ctx, `SELECT s.shingles, s.signature, a.story_id FROM story_signatures s
		JOIN articles a ON a.id = s.article_id
		WHERE s.article_id IN (SELECT article_id FROM story_keys WHERE key IN (?`+strings.Repeat(", ?", len(keys)-1)+`))
		AND s.article_id <> ? AND a.story_id IS NOT NULL LIMIT 200`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int
		var b []byte
		var story int64
		if err := rows.Scan(&n, &b, &story); err != nil {
			return nil, err
		}
		o, err := unmarshalSignature(b, n)
		if err != nil {
			return nil, err
		}
		if sig.sameStory(o) && !containsID(out, story) {
			out = append(out, story)
		}
	}
	return out, rows.Err()
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// mergeStories makes several stories one, that of the most articles, and
// returns it.
func mergeStories(ctx context.Context, tx *sql.Tx, ids []int64) (int64, error) {
	base, most := ids[0], -1
	for _, id := range ids {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT articles FROM stories WHERE id = ?", id).Scan(&n); err != nil {
			return 0, err
		}
		if n > most {
			base, most = id, n
		}
	}
	for _, id := range ids {
		if id == base {
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = ? WHERE story_id = ?", base, id); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM stories WHERE id = ?", id); err != nil {
			return 0, err
		}
	}
	return base, nil
}

// refreshStory counts a story's articles again and takes the headline and
// date of its earliest; a story left without articles goes.
func refreshStory(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles WHERE story_id = ?", id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		_, err := tx.ExecContext(ctx, "DELETE FROM stories WHERE id = ?", id)
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE stories SET articles = ?,
		first_seen = (SELECT MIN(published) FROM articles WHERE story_id = ?),
		title = (SELECT title FROM articles WHERE story_id = ? ORDER BY COALESCE(published, '9999'), id LIMIT 1)
		WHERE id = ?`, n, id, id, id)
	return err
}

// outletOf names the outlet of an article: the host of its URL ("www."
// dropped), else of its feed, else the feed itself (a local file).
func outletOf(articleURL, feedURL string) string {
	for _, s := range []string{articleURL, feedURL} {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	if feedURL != "" {
		return feedURL
	}
	return articleURL
}
