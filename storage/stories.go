package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Stories. Every article belongs to one story; near-duplicates (wire copy
// republished under another headline, or with its ending trimmed) share
// it, so that a figure printed by twenty outlets can be counted once. An
// article is compared only with the articles that share a band of its
// MinHash signature (story_keys), never with the whole table.

// assignStory puts a stored article, whose body has the signature sig, in
// its story: the story of the copies it is a near-duplicate of (merging
// their stories when it joins several), or a new one. An article stored
// before (its text changed) leaves its story first. A new article is placed before it is inserted
// (placeStory, fileStory), so that its row is written once.
func assignStory(ctx context.Context, tx *wtx, articleID int64, sig signature, fresh bool) error {
	if !fresh {
		if err := leaveStory(ctx, tx, articleID); err != nil {
			return err
		}
	}
	var title, published sql.NullString
	if err := tx.QueryRowContext(ctx, "SELECT title, published FROM articles WHERE id = ?", articleID).Scan(&title, &published); err != nil {
		return err
	}
	id, filed, err := placeStory(ctx, tx, articleID, sig, title, published)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = ? WHERE id = ?", id, articleID); err != nil {
		return err
	}
	return fileStory(ctx, tx, id, articleID, sig, filed)
}

// placeStory finds or makes the story of an article (articleID 0 for
// one not inserted yet) of signature sig, headline title, published at
// published, and counts the article in it. It returns the story and the
// bands the story has already.
func placeStory(ctx context.Context, tx *wtx, articleID int64, sig signature, title, published sql.NullString) (int64, map[int64]bool, error) {
	stories, filed, err := copiesOf(ctx, tx, articleID, sig)
	if err != nil {
		return 0, nil, err
	}
	var id int64
	if len(stories) == 0 {
		id, err = tx.insertID(ctx, "INSERT INTO stories(title, first_seen, articles) VALUES (?, ?, 1)", title, published)
		return id, nil, err
	}
	// a merged story's bands are not known (filed is nil)
	id, err = joinStory(ctx, tx, stories, title, published)
	return id, filed, err
}

// fileStory keeps the signature of an article placed in a story and files
// its bands under the story, where the story has no article with that
// band yet; filed are bands known to be there.
//
// In a batch (wtx.stories not nil) the signature and bands are held back
// and written with the batch's others (flushStories); copiesOf finds them
// meanwhile.
func fileStory(ctx context.Context, tx *wtx, storyID, articleID int64, sig signature, filed map[int64]bool) error {
	if sig.shingles < minStoryShingles {
		return nil
	}
	if err := tx.sigKnown(ctx, articleID, sig); err != nil {
		return err
	}
	if p := tx.stories; p != nil {
		p.sigs[articleID] = sig
		p.order = append(p.order, articleID)
		for _, k := range sig.bandKeys() {
			if !filed[k] && !p.has(k, storyID) {
				p.byKey[k] = append(p.byKey[k], storyKey{key: k, story: storyID, article: articleID})
				p.keys = append(p.keys, storyKey{key: k, story: storyID, article: articleID})
			}
		}
		return nil
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO story_signatures(article_id, shingles, signature) VALUES (?, ?, ?)",
		articleID, sig.shingles, sig.marshal()); err != nil {
		return err
	}
	return addStoryKeys(ctx, tx, storyID, articleID, sig, filed)
}

// storyKey is a row of story_keys.
type storyKey struct{ key, story, article int64 }

// heldStories are the signatures and bands of a batch's articles held back
// (wtx.stories): a band is held only if its story has it neither stored
// nor held, as story_keys would keep only the first.
type heldStories struct {
	sigs  map[int64]signature // by article
	order []int64             // articles, as filed
	keys  []storyKey
	byKey map[int64][]storyKey
}

func newStoryRows() *heldStories {
	return &heldStories{sigs: map[int64]signature{}, byKey: map[int64][]storyKey{}}
}

func (p *heldStories) has(key, story int64) bool {
	for _, k := range p.byKey[key] {
		if k.story == story {
			return true
		}
	}
	return false
}

// flushStories writes the signatures and bands held back, if any, in
// statements of a fixed number of rows (the last repeated, which changes
// nothing), so that few statements are prepared.
func (t *wtx) flushStories(ctx context.Context) error {
	p := t.stories
	if p == nil || len(p.order) == 0 {
		return nil
	}
	t.stories = newStoryRows()
	const sigRows, keyRows = 16, 128
	for len(p.order) > 0 {
		chunk := p.order[:min(len(p.order), sigRows)]
		p.order = p.order[len(chunk):]
		args := make([]any, 0, 3*sigRows)
		for i := range sigRows {
			a := chunk[min(i, len(chunk)-1)]
			sig := p.sigs[a]
			args = append(args, a, sig.shingles, sig.marshal())
		}
		if _, err := t.ExecContext(ctx, "INSERT INTO story_signatures(article_id, shingles, signature) VALUES "+valueRows(sigRows, 3)+
			" ON CONFLICT DO NOTHING", args...); err != nil {
			return err
		}
	}
	// in the order of the primary key, so that each row is inserted
	// near the last rather than at a random place of the tree
	slices.SortFunc(p.keys, func(a, b storyKey) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.story, b.story)) })
	for len(p.keys) > 0 {
		chunk := p.keys[:min(len(p.keys), keyRows)]
		p.keys = p.keys[len(chunk):]
		n := keyRows
		if len(chunk) < keyRows {
			n = (len(chunk) + 15) / 16 * 16
		}
		args := make([]any, 0, 3*n)
		for i := range n {
			k := chunk[min(i, len(chunk)-1)]
			args = append(args, k.key, k.story, k.article)
		}
		if _, err := t.ExecContext(ctx, "INSERT INTO story_keys(key, story_id, article_id) VALUES "+valueRows(n, 3)+" ON CONFLICT DO NOTHING", args...); err != nil {
			return err
		}
	}
	return nil
}

// addStoryKeys files an article's bands under its story, where the story
// has no article with that band yet; filed are bands known to be there.
func addStoryKeys(ctx context.Context, tx *wtx, storyID, articleID int64, sig signature, filed map[int64]bool) error {
	var args []any
	n := 0
	for _, k := range sig.bandKeys() {
		if !filed[k] {
			args = append(args, k, storyID, articleID)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO story_keys(key, story_id, article_id) VALUES "+valueRows(n, 3)+" ON CONFLICT DO NOTHING", args...)
	return err
}

// joinStory counts an article of headline title, published at
// published, in the stories of its copies, made one, and returns that
// story.
func joinStory(ctx context.Context, tx *wtx, stories []int64, title, published sql.NullString) (int64, error) {
	id, err := mergeStories(ctx, tx, stories)
	if err != nil {
		return 0, err
	}
	if tx.storyCounts != nil {
		tx.storyCounts.add(id, func(c storyCount) storyCount { return c.plus(title, published) })
		return id, nil
	}
	// the story's headline and date are its earliest article's
	_, err = tx.ExecContext(ctx, `UPDATE stories SET articles = articles + 1,
		title = CASE WHEN CAST(? AS TEXT) IS NOT NULL AND (first_seen IS NULL OR ? < first_seen) THEN ? ELSE title END,
		first_seen = CASE WHEN CAST(? AS TEXT) IS NOT NULL AND (first_seen IS NULL OR ? < first_seen) THEN ? ELSE first_seen END
		WHERE id = ?`, published, published, title, published, published, published, id)
	return id, err
}

// leaveStory takes an article whose text changed out of its story.
func leaveStory(ctx context.Context, tx *wtx, articleID int64) error {
	if err := tx.flushStoryRows(ctx); err != nil {
		return err
	}
	var old sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT story_id FROM articles WHERE id = ?", articleID).Scan(&old); err != nil {
		return err
	}
	// its keys are filed under its story
	if _, err := tx.ExecContext(ctx, "DELETE FROM story_keys WHERE story_id = ? AND article_id = ?", old, articleID); err != nil {
		return err
	}
	r, err := tx.ExecContext(ctx, "DELETE FROM story_signatures WHERE article_id = ?", articleID)
	if err != nil {
		return err
	}
	n, err := r.RowsAffected()
	if err != nil {
		return err
	}
	tx.sigDeleted(articleID, n)
	if _, err := tx.ExecContext(ctx, "UPDATE articles SET story_id = NULL WHERE id = ?", articleID); err != nil {
		return err
	}
	if !old.Valid {
		return nil
	}
	// the bands it filed for its story go to the story's other articles
	rows, err := tx.QueryContext(ctx, `SELECT s.article_id, s.shingles, s.signature FROM story_signatures s
		JOIN articles a ON a.id = s.article_id WHERE a.story_id = ?`, old.Int64)
	if err != nil {
		return err
	}
	type member struct {
		id  int64
		sig signature
	}
	var members []member
	for rows.Next() {
		var m member
		var n int
		var b []byte
		if err := rows.Scan(&m.id, &n, &b); err != nil {
			rows.Close()
			return err
		}
		if m.sig, err = unmarshalSignature(b, n); err != nil {
			rows.Close()
			return err
		}
		members = append(members, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range members {
		if err := addStoryKeys(ctx, tx, old.Int64, m.id, m.sig, nil); err != nil {
			return err
		}
	}
	return refreshStory(ctx, tx, old.Int64)
}

// valueRows writes n rows of k parameters for a VALUES clause.
// inChunks calls write with rows in chunks of 64, 16, 4 or 1, the
// largest that fits, so that a batch of any size is written by few
// statements of few distinct texts.
func inChunks[T any](rows []T, write func(chunk []T) error) error {
	for len(rows) > 0 {
		size := 1
		for _, s := range []int{64, 16, 4} {
			if len(rows) >= s {
				size = s
				break
			}
		}
		if err := write(rows[:size]); err != nil {
			return err
		}
		rows = rows[size:]
	}
	return nil
}

func valueRows(n, k int) string {
	row := "(?" + strings.Repeat(", ?", k-1) + ")"
	return row + strings.Repeat(", "+row, n-1)
}

// copiesOf finds the stories an article is a near-duplicate of: of each
// story that has one of its bands, the first article that had it is
// compared with it, and one copy is enough to place a story. When it
// finds one story, it returns too the bands that story has already.
func copiesOf(ctx context.Context, tx *wtx, articleID int64, sig signature) ([]int64, map[int64]bool, error) {
	if sig.shingles < minStoryShingles {
		return nil, nil, nil
	}
	keys := sig.bandKeys()
	hits, err := storyHits(ctx, tx, articleID, keys)
	if err != nil {
		return nil, nil, err
	}
	hits = withHeldHits(tx.stories, hits, articleID, keys)
	defer func() { tx.hits = hits[:0] }() // for the next article's
	slices.SortFunc(hits, func(a, b storyHit) int {
		return cmp.Or(cmp.Compare(a.story, b.story), cmp.Compare(a.article, b.article))
	})
	// one copy places a story: of each story, its articles in order
	var out []int64
	for _, h := range hits {
		if containsID(out, h.story) {
			continue
		}
		if h.err != nil {
			return nil, nil, h.err
		}
		if !h.ok {
			return nil, nil, fmt.Errorf("story key of article %d, which has no signature: %w", h.article, sql.ErrNoRows)
		}
		if sig.sameStory(h.sig) {
			out = append(out, h.story)
		}
	}
	if len(out) != 1 {
		return out, nil, nil
	}
	var bands uint32
	for _, h := range hits {
		if h.story == out[0] {
			bands |= h.bands
		}
	}
	filed := make(map[int64]bool, len(keys))
	for i, k := range keys {
		if bands&(1<<i) != 0 {
			filed[k] = true
		}
	}
	return out, filed, nil
}

// storyHit is an article of a story that filed some of the bands looked
// up (bit i of bands: the i-th key), with its signature.
type storyHit struct {
	story, article int64
	bands          uint32
	storedSig
}

// withHeldHits adds to hits, the stored bands of keys, those held back
// in a batch (p, nil when none), but article's own and those whose story
// has stored that band already.
func withHeldHits(p *heldStories, hits []storyHit, articleID int64, keys []int64) []storyHit {
	if p == nil || len(p.keys) == 0 {
		return hits
	}
	stored := len(hits)
	for i, k := range keys {
		bit := uint32(1) << i
		for _, h := range p.byKey[k] {
			if h.article == articleID || slices.ContainsFunc(hits[:stored], func(x storyHit) bool { return x.story == h.story && x.bands&bit != 0 }) {
				continue
			}
			j := slices.IndexFunc(hits[stored:], func(x storyHit) bool { return x.story == h.story && x.article == h.article })
			if j < 0 {
				hits = append(hits, storyHit{story: h.story, article: h.article, storedSig: storedSig{sig: p.sigs[h.article], ok: true}})
				j = len(hits) - stored - 1
			}
			hits[stored+j].bands |= bit
		}
	}
	return hits
}

// storyHitsSQL reads, for the bands of a signature (a key each, bound in
// order), each article that filed one of them under a story, with the
// band as a bit, but the article whose id is bound last: a row for each
// band an article shares, grouped by storyHits, whose signatures are
// mostly held in memory (writerCache) and otherwise read by
// storySigsSQL.
var storyHitsSQL = func() string {
	var b strings.Builder
	b.WriteString("WITH v(key, bit) AS (VALUES ")
	for i := range storyHashes / storyRows {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "(CAST(? AS BIGINT), %d)", 1<<i)
	}
	b.WriteString(`)
	SELECT k.story_id, k.article_id, v.bit FROM v JOIN story_keys k ON k.key = v.key WHERE k.article_id <> ?`)
	return b.String()
}()

// storySigsSQL reads the signatures of 8 articles.
var storySigsSQL = "SELECT article_id, shingles, signature FROM story_signatures WHERE article_id IN (" + placeholders(8) + ")"

// storyHits reads the stored bands of keys (a signature's, in order),
// but article's own, by the article that filed them, each article once
// with its signature.
func storyHits(ctx context.Context, tx *wtx, articleID int64, keys []int64) ([]storyHit, error) {
	var args [storyHashes/storyRows + 1]any
	for i, k := range keys {
		args[i] = k
	}
	args[len(keys)] = articleID
	rows, err := tx.QueryContext(ctx, storyHitsSQL, args[:len(keys)+1]...)
	if err != nil {
		return nil, err
	}
	hits := tx.hits[:0] // the buffer of the article before, if any
	for rows.Next() {
		var story, article, bit int64
		if err := rows.Scan(&story, &article, &bit); err != nil {
			rows.Close()
			return nil, err
		}
		i := slices.IndexFunc(hits, func(h storyHit) bool { return h.story == story && h.article == article })
		if i < 0 {
			hits = append(hits, storyHit{story: story, article: article})
			i = len(hits) - 1
		}
		hits[i].bands |= uint32(bit)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return hits, hitSignatures(ctx, tx, hits)
}

// hitSignatures gives hits their signatures: those the writer holds, and
// the others read 8 a statement.
func hitSignatures(ctx context.Context, tx *wtx, hits []storyHit) error {
	c, err := tx.writerCache(ctx)
	if err != nil {
		return err
	}
	var missing []int64
	for i := range hits {
		h := &hits[i]
		if c != nil {
			if h.sig, h.ok = c.signature(h.article); h.ok {
				continue
			}
		}
		if !containsID(missing, h.article) {
			missing = append(missing, h.article)
		}
	}
	for len(missing) > 0 {
		chunk := missing[:min(len(missing), 8)]
		missing = missing[len(chunk):]
		var args [8]any
		for i := range args {
			args[i] = chunk[min(i, len(chunk)-1)]
		}
		if err := readSignatures(ctx, tx, hits, args[:]); err != nil {
			return err
		}
	}
	return nil
}

// readSignatures reads the signatures of the articles args (storySigsSQL)
// into the hits of those articles, and keeps them.
func readSignatures(ctx context.Context, tx *wtx, hits []storyHit, args []any) error {
	rows, err := tx.QueryContext(ctx, storySigsSQL, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var article int64
		var shingles int
		var b sql.RawBytes
		if err := rows.Scan(&article, &shingles, &b); err != nil {
			return err
		}
		sig, err := unmarshalSignature(b, shingles)
		for i := range hits {
			if hits[i].article == article {
				hits[i].sig, hits[i].ok, hits[i].err = sig, err == nil, err
			}
		}
		if err != nil {
			continue
		}
		if err := tx.sigKnown(ctx, article, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}

// storedSig is the signature of an article that filed a band; ok when it
// has one.
type storedSig struct {
	sig signature
	ok  bool
	err error // reading it
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
	if len(ids) == 1 {
		return ids[0], nil
	}
	if err := tx.flushStoryRows(ctx); err != nil {
		return 0, err
	}
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
		for _, stmt := range []string{
			"UPDATE articles SET story_id = ? WHERE story_id = ?",
			"INSERT INTO story_keys(key, story_id, article_id) SELECT key, ?, article_id FROM story_keys WHERE story_id = ? ON CONFLICT DO NOTHING",
		} {
			if _, err := tx.ExecContext(ctx, stmt, base, id); err != nil {
				return 0, err
			}
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
	if err := tx.flushStoryCounts(ctx); err != nil {
		return err
	}
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

// storyCount is what a batch's articles added to a story they joined:
// their number, and the headline and date of the earliest dated.
type storyCount struct {
	articles         int
	title, published sql.NullString
}

// storyCounts are story counts held back (wtx.storyCounts): a batch's
// are written together at its end, and before a story is merged, counted
// again or read.
type storyCounts = heldBack[int64, storyCount]

// plus is c with an article of headline title, published at published,
// counted as joinStory's update would.
func (c storyCount) plus(title, published sql.NullString) storyCount {
	c.articles++
	if published.Valid && (!c.published.Valid || published.String < c.published.String) {
		c.title, c.published = title, published
	}
	return c
}

// flushStoryCounts writes the story counts held back, in statements of
// 64, 16, 4 or 1 rows: an upsert on stories that exist, as joinStory's
// update of each.
func (t *wtx) flushStoryCounts(ctx context.Context) error {
	order, n := t.storyCounts.take()
	return inChunks(order, func(chunk []int64) error {
		size := len(chunk)
		args := make([]any, 0, 4*size)
		for _, id := range chunk {
			c := n[id]
			args = append(args, id, c.title, c.published, c.articles)
		}
		_, err := t.ExecContext(ctx, `INSERT INTO stories(id, title, first_seen, articles) VALUES `+valueRows(size, 4)+`
			ON CONFLICT (id) DO UPDATE SET articles = stories.articles + excluded.articles,
			title = CASE WHEN excluded.first_seen IS NOT NULL AND (stories.first_seen IS NULL OR excluded.first_seen < stories.first_seen)
				THEN excluded.title ELSE stories.title END,
			first_seen = CASE WHEN excluded.first_seen IS NOT NULL AND (stories.first_seen IS NULL OR excluded.first_seen < stories.first_seen)
				THEN excluded.first_seen ELSE stories.first_seen END`, args...)
		return err
	})
}
