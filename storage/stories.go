package storage

import (
	"context"
	"database/sql"
	"fmt"
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
// or a new one. An article stored before (its text changed) leaves its
// story first.
func assignStory(ctx context.Context, tx *wtx, articleID int64, body string, fresh bool) error {
	if !fresh {
		if err := leaveStory(ctx, tx, articleID); err != nil {
			return err
		}
	}
	sig := storySignature(body)
	stories, err := copiesOf(ctx, tx, articleID, sig)
	if err != nil {
		return err
	}
	var id int64
	if len(stories) == 0 {
		err = tx.QueryRowContext(ctx, `INSERT INTO stories(title, first_seen, articles)
			SELECT title, published, 1 FROM articles WHERE id = ? RETURNING id`, articleID).Scan(&id)
	} else {
		id, err = joinStory(ctx, tx, articleID, stories)
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = ? WHERE id = ?", id, articleID); err != nil {
		return err
	}
	if sig.shingles < minStoryShingles {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO story_signatures(article_id, shingles, signature) VALUES (?, ?, ?)",
		articleID, sig.shingles, sig.marshal()); err != nil {
		return err
	}
	keys := sig.bandKeys()
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k, articleID)
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO story_keys(key, article_id) VALUES "+valueRows(len(keys), 2)+" ON CONFLICT DO NOTHING", args...)
	return err
}

// joinStory adds an article to the stories of its copies, made one, and
// returns that story.
func joinStory(ctx context.Context, tx *wtx, articleID int64, stories []int64) (int64, error) {
	id, err := mergeStories(ctx, tx, stories)
	if err != nil {
		return 0, err
	}
	// the story's headline and date are its earliest article's
	_, err = tx.ExecContext(ctx, `UPDATE stories SET articles = articles + 1,
		title = CASE WHEN a.published IS NOT NULL AND (stories.first_seen IS NULL OR a.published < stories.first_seen) THEN a.title ELSE stories.title END,
		first_seen = CASE WHEN a.published IS NOT NULL AND (stories.first_seen IS NULL OR a.published < stories.first_seen) THEN a.published ELSE stories.first_seen END
		FROM (SELECT title, published FROM articles WHERE id = ?) a WHERE stories.id = ?`, articleID, id)
	return id, err
}

// leaveStory takes an article whose text changed out of its story.
func leaveStory(ctx context.Context, tx *wtx, articleID int64) error {
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
	if !old.Valid {
		return nil
	}
	return refreshStory(ctx, tx, old.Int64)
}

// valueRows writes n rows of k parameters for a VALUES clause.
func valueRows(n, k int) string {
	row := "(?" + strings.Repeat(", ?", k-1) + ")"
	return row + strings.Repeat(", "+row, n-1)
}

// perKeyCopies is how many of the articles under one band key are
// compared: the latest, so that a key shared by many (text that every
// article of a template repeats) costs no more than a rare one.
const perKeyCopies = 4

// copiesOf finds the stories of the articles an article is a
// near-duplicate of. Candidates share a band key; one copy is enough to
// place a story, so the others of a story already found are not compared.
func copiesOf(ctx context.Context, tx *wtx, articleID int64, sig signature) ([]int64, error) {
	if sig.shingles < minStoryShingles {
		return nil, nil
	}
	keys := sig.bandKeys()
	args := make([]any, 0, len(keys)+1)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, articleID)
	var under []string
	for i := range keys {
		under = append(under, fmt.Sprintf("SELECT article_id FROM (SELECT article_id FROM story_keys WHERE key = ? ORDER BY article_id DESC LIMIT %d) k%d",
			perKeyCopies, i))
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.story_id FROM articles a
		WHERE a.id IN (`+strings.Join(under, " UNION ")+`) AND a.id <> ? AND a.story_id IS NOT NULL ORDER BY a.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	type cand struct{ article, story int64 }
	var cands []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.article, &c.story); err != nil {
			rows.Close()
			return nil, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []int64
	for _, c := range cands {
		if containsID(out, c.story) {
			continue
		}
		var n int
		var b []byte
		if err := tx.QueryRowContext(ctx, "SELECT shingles, signature FROM story_signatures WHERE article_id = ?", c.article).Scan(&n, &b); err != nil {
			return nil, err
		}
		o, err := unmarshalSignature(b, n)
		if err != nil {
			return nil, err
		}
		if sig.sameStory(o) {
			out = append(out, c.story)
		}
	}
	return out, nil
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
func mergeStories(ctx context.Context, tx *wtx, ids []int64) (int64, error) {
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
func refreshStory(ctx context.Context, tx *wtx, id int64) error {
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
