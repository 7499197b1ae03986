package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// The records that span articles (quote clusters, links between people
// and their aliases, stories) are kept up to date as each article is
// stored, in the article's transaction: attachArticle after its records
// are inserted, detachArticle before they are replaced. Each step looks up
// what it needs by indexed keys (text and shingle hashes, surnames,
// signature bands), so that storing an article costs the same in a small
// database as in a large one.

// attachArticle links the people an article names, counts their aliases
// and clusters its quotes. Its records are new: they point to the people
// of their own names. rec, when not nil, is what insertRecords just
// stored, which spares reading the quotes again unless a link re-points
// some.
func attachArticle(ctx context.Context, tx *wtx, articleID int64, rec *newRecords) (err error) {
	var ms []mention
	var qs []clusterQuote
	if rec != nil {
		ms, qs = recMentions(articleID, rec), rec.quotes
	} else {
		var err error
		if ms, err = articleMentions(ctx, tx, articleID); err != nil {
			return err
		}
	}
	// the article's links are written together, after its mentions are
	// decided (flushed sooner where something reads them); in a batch,
	// with those of the batch's other articles
	if tx.links == nil {
		tx.links = &linkRows{}
		defer func() {
			if err == nil {
				err = tx.flushLinks(ctx)
			}
			tx.links = nil
		}()
	}
	var fresh []person
	final := make(map[int64]int64, len(ms)) // person of the records -> linked to
	for _, m := range ms {
		d, err := decide(ctx, tx, m)
		if err != nil {
			return err
		}
		if rec != nil {
			m.elsewhere = d.elsewhere
		}
		if d.person != 0 && d.person != m.personID {
			qs = nil // its quotes are re-pointed, and may be clustered
		}
		to, err := linkMention(ctx, tx, m, d, false)
		if err != nil {
			return err
		}
		final[m.personID] = to
		if d.person != 0 {
			continue
		}
		p := person{id: m.personID, name: m.name, parts: parseName(m.name)}
		if !p.parts.full() {
			continue
		}
		// the links of other articles are as decide found them: the loop
		// writes this article's alone
		if !m.elsewhere {
			fresh = append(fresh, p)
		}
	}
	var forms map[int64][]string
	if rec != nil {
		forms = recForms(rec, ms, final)
	} else {
		var err error
		if forms, err = articleForms(ctx, tx, articleID); err != nil {
			return err
		}
	}
	if err := addAliases(ctx, tx, forms); err != nil {
		return err
	}
	// a person met for the first time may be whom others named in part
	for _, p := range fresh {
		if err := reconsider(ctx, tx, p, articleID); err != nil {
			return err
		}
	}
	if qs == nil {
		return clusterArticle(ctx, tx, articleID)
	}
	return clusterQuotes(ctx, tx, qs)
}

// recMentions are articleMentions of a new article, from what
// insertRecords noted of its records, in the order articleMentions reads
// them (officials, then the speakers of quotes, each by person), with
// elsewhere left for decide to find.
func recMentions(articleID int64, rec *newRecords) []mention {
	var out []mention
	at := map[int64]int{}
	add := func(rs []recOfficial) {
		start := len(out)
		for _, r := range rs {
			if i, ok := at[r.person]; ok {
				have := &out[i]
				have.title, have.country, have.org = orElse(have.title, r.title), orElse(have.country, r.country), orElse(have.org, r.org)
				continue
			}
			at[r.person] = len(out)
			out = append(out, mention{articleID: articleID, own: true, personID: r.person, name: rec.names[r.person],
				title: r.title, country: r.country, org: r.org, ask: true})
		}
		// by person, as the indexes on (article, person) give them
		slices.SortStableFunc(out[start:], func(a, b mention) int { return cmp.Compare(a.personID, b.personID) })
		for i := start; i < len(out); i++ {
			at[out[i].personID] = i
		}
	}
	add(rec.officials)
	add(rec.speakers)
	return out
}

// recForms are articleForms of a new article whose mentions ms were
// linked as final says (person of the records -> person linked to).
func recForms(rec *newRecords, ms []mention, final map[int64]int64) map[int64][]string {
	out := map[int64][]string{}
	addForm := func(pid int64, f string) {
		if f != "" && !contains(out[pid], f) {
			out[pid] = append(out[pid], f)
		}
	}
	for _, m := range ms {
		addForm(final[m.personID], m.name)
	}
	for _, o := range rec.officials {
		to, ok := final[o.person]
		if !ok {
			to = o.person
		}
		for _, f := range o.also {
			addForm(to, f)
		}
	}
	return out
}

// clusterArticle puts each quote of an article that has no cluster in one.
func clusterArticle(ctx context.Context, tx *wtx, articleID int64) error {
	qs, err := loadQuotes(ctx, tx, "q.article_id = ?", articleID)
	if err != nil {
		return err
	}
	return clusterQuotes(ctx, tx, qs)
}

// clusterQuotes puts each of an article's quotes (all of them, in the
// order they were stored) that has no cluster in one. It keeps track of
// the clusters the article's quotes are in, so that whether a cluster
// gains a source is known without asking.
func clusterQuotes(ctx context.Context, tx *wtx, qs []clusterQuote) error {
	seen := map[int64]bool{}
	for _, q := range qs {
		if q.cluster.Valid {
			seen[q.cluster.Int64] = true
		}
	}
	if tx.clustered == nil {
		tx.clustered = &clusteredQuotes{}
		defer func() { tx.clustered = nil }()
	}
	for _, q := range qs {
		if q.cluster.Valid {
			continue
		}
		if err := assignQuote(ctx, tx, q, seen); err != nil {
			return fmt.Errorf("cluster quote %d: %w", q.id, err)
		}
	}
	if tx.batch {
		return nil // written at the end of the batch
	}
	return tx.flushClustered(ctx)
}

// detachArticle takes an article's records out of what spans articles,
// before they are deleted: its aliases are counted out, its links dropped
// and its quotes leave their clusters.
func detachArticle(ctx context.Context, tx *wtx, articleID int64) error {
	forms, err := articleForms(ctx, tx, articleID)
	if err != nil {
		return err
	}
	for pid, fs := range forms {
		if err := countAliases(ctx, tx, pid, fs, -1); err != nil {
			return err
		}
	}
	if err := tx.flushLinks(ctx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM person_links WHERE article_id = ?", articleID); err != nil {
		return err
	}
	cids, err := unclusterQuotes(ctx, tx, "article_id = ?", articleID)
	if err != nil {
		return err
	}
	return fixClusters(ctx, tx, cids)
}

// backfillCrossArticle builds clusters, links, aliases and stories for a
// database whose articles were stored before they existed (migration 3):
// article by article in the order they were stored, as if each had just
// been stored.
func backfillCrossArticle(ctx context.Context, tx *wtx) error {
	if err := backfillKeys(ctx, tx); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT id FROM articles ORDER BY id")
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var sh shingler
	for _, id := range ids {
		var body string
		if err := tx.QueryRowContext(ctx, "SELECT body FROM articles WHERE id = ?", id).Scan(&body); err != nil {
			return err
		}
		if err := assignStory(ctx, tx, id, sh.signature(body), true); err != nil {
			return fmt.Errorf("story of article %d: %w", id, err)
		}
		if err := attachArticle(ctx, tx, id, nil); err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
	}
	return nil
}

// backfillKeys fills the columns that migration 3 added and Go computes:
// people's surname keys and articles' outlets.
func backfillKeys(ctx context.Context, tx *wtx) error {
	type kv struct {
		id  int64
		val string
	}
	read := func(q string, f func(a, b string) string) ([]kv, error) {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []kv
		for rows.Next() {
			var id int64
			var a, b string
			if err := rows.Scan(&id, &a, &b); err != nil {
				return nil, err
			}
			out = append(out, kv{id, f(a, b)})
		}
		return out, rows.Err()
	}
	people, err := read("SELECT id, name, '' FROM people", func(name, _ string) string { return parseName(name).surname })
	if err != nil {
		return err
	}
	for _, p := range people {
		if _, err := tx.ExecContext(ctx, "UPDATE people SET surname_key = ? WHERE id = ?", p.val, p.id); err != nil {
			return err
		}
	}
	arts, err := read(`SELECT a.id, a.url, COALESCE((SELECT f.url FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
		WHERE fa.article_id = a.id ORDER BY f.id LIMIT 1), '') FROM articles a`, outletOf)
	if err != nil {
		return err
	}
	for _, a := range arts {
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET outlet = ? WHERE id = ?", a.val, a.id); err != nil {
			return err
		}
	}
	return nil
}
