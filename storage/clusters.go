package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// A quote cluster is one quotation however often it was printed: each
// stored quote belongs to one, and the cluster keeps the longest form, its
// speaker, when it was first seen and how many articles and outlets printed
// it. Every member is the cluster's text or part of it (within), so a new
// quote is compared with the text of the clusters that share a key with
// it, never with the whole table: clusters are stored under the text key
// of each form and the winnowed shingles of the longest (quote_keys).
//
// Two quotes of different speakers never share a cluster; a quote whose
// speaker is unresolved ("a spokesperson") may join the cluster of the one
// who is named.

// clusterQuote is a stored quote as clustering sees it.
type clusterQuote struct {
	id, articleID int64
	text          string
	ref           int64         // speakerRef
	personID      sql.NullInt64 // the speaker, when a person
	body          string        // the speaker, when a named body
	published     sql.NullString
	outlet        string
	cluster       sql.NullInt64 // its cluster, if it has one yet
}

// speakerRef is a number for who speaks: the person's id, a negative hash
// for a named body ("Hamas", "the Foreign Ministry"), 0 for a speaker left
// unresolved ("a spokesperson", "officials").
func speakerRef(kind, speaker string, personID sql.NullInt64) int64 {
	if kind == "person" && personID.Valid {
		return personID.Int64
	}
	if !namedBody(speaker) {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(Fold(speaker)))
	return -int64(h.Sum64()>>2) - 1
}

// namedBody: a body named with a capital ("Hamas", "the Interior
// Ministry"), not described ("a spokesperson", "police").
func namedBody(speaker string) bool {
	return strings.IndexFunc(speaker, unicode.IsUpper) >= 0
}

// newClusterQuote is a quote of speaker_kind kind, with no cluster.
func newClusterQuote(id, articleID int64, text, kind, speaker string, personID sql.NullInt64) clusterQuote {
	q := clusterQuote{id: id, articleID: articleID, text: text, personID: personID, ref: speakerRef(kind, speaker, personID)}
	if q.ref < 0 {
		q.body = speaker
	}
	return q
}

const clusterQuoteColumns = `q.id, q.article_id, q.text, q.speaker_kind, q.speaker, q.speaker_person_id, a.published, COALESCE(a.outlet, ''), q.cluster_id
	FROM quotes q JOIN articles a ON a.id = q.article_id`

// loadQuotes reads quotes for clustering; where is a condition on q.
func loadQuotes(ctx context.Context, tx *wtx, where string, args ...any) ([]clusterQuote, error) {
	if err := tx.flushClustered(ctx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+clusterQuoteColumns+" WHERE "+where+" ORDER BY q.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []clusterQuote
	for rows.Next() {
		var id, articleID int64
		var text, kind, speaker string
		var personID, cluster sql.NullInt64
		var published sql.NullString
		var outlet string
		if err := rows.Scan(&id, &articleID, &text, &kind, &speaker, &personID, &published, &outlet, &cluster); err != nil {
			return nil, err
		}
		q := newClusterQuote(id, articleID, text, kind, speaker, personID)
		q.published, q.outlet, q.cluster = published, outlet, cluster
		out = append(out, q)
	}
	return out, rows.Err()
}

// candidate is a cluster that shares a key with a quote.
type candidate struct {
	id      int64
	text    string
	ref     int64
	words   int
	sources int
	exact   bool // shares the quote's text key
	// outletKnown: the quote's outlet printed the cluster already (as
	// stored; wtx.outlets holds those counted since)
	outletKnown bool
	form        quoteForm      // of text, once parsed
	published   sql.NullString // of the article text is taken from
}

// candidates finds the clusters that share a key with f and whose
// speaker may be the quote's, with what accepts needs of each. A cluster
// that has the quote's very words is all that is needed (its text holds
// whatever the quote relates to), so the clusters of its text key are
// looked up first, with one key; only when there is none are those that
// share a shingle looked up, with all of them.
//
// Both look-ups are one statement: the second runs only when the first
// finds nothing (see clustersOf).
func candidates(ctx context.Context, tx *wtx, f quoteForm, ref int64, outlet string) ([]*candidate, error) {
	keys := f.lookupKeys()
	var cands []*candidate
	var err error
	switch {
	case len(keys) > 1:
		cands, err = clustersOf(ctx, tx, keys, ref, outlet)
	case ref != 0:
		cands, err = clustersOfText(ctx, tx, keys[0], ref, outlet)
	default:
		cands, err = clustersByKeys(ctx, tx, keys[:1], ref, outlet)
	}
	if tx.counts != nil {
		// with the articles counted since and the text taken since, held
		// back
		for _, c := range cands {
			c.sources += tx.counts.n[c.id].sources
			tx.withHeldText(c, c.id)
		}
	}
	return cands, err
}

// clustersOf is candidates of a quote of several keys (the text key
// first) in one statement: the clusters of the text key (clustersOfText,
// or for an unresolved speaker clustersByKeys of it alone), and, only
// when there is none, the first 100 that share any key (clustersByKeys).
// The second look-up's LIMIT is 0 when the text key has clusters, which
// SQLite and PostgreSQL work out once and which spares the look-up (a
// WHERE term would be tested row by row).
func clustersOf(ctx context.Context, tx *wtx, keys []int64, ref int64, outlet string) ([]*candidate, error) {
	n := (len(keys) + 7) / 8 * 8
	args := make([]any, 0, n+8)
	args = append(args, outlet)
	var exact, speaker string
	if ref != 0 {
		exact = textKeyOfSpeaker
		speaker = " AND speaker_ref IN (?, 0)"
		args = append(args, keys[0], ref, keys[0])
	} else {
		exact = `SELECT cluster_id, 1 AS exact FROM (SELECT cluster_id FROM quote_keys WHERE key = ? GROUP BY cluster_id ORDER BY cluster_id LIMIT 100) e`
		args = append(args, keys[0])
	}
	for i := range n {
		args = append(args, keys[min(i, len(keys)-1)])
	}
	if ref != 0 {
		args = append(args, ref)
	}
	args = append(args, keys[0])
	if ref != 0 {
		args = append(args, ref)
	}
	all, err := queryCandidates(ctx, tx, exact+`
			UNION ALL SELECT cluster_id, 0 FROM (SELECT cluster_id FROM quote_keys WHERE key IN (?`+strings.Repeat(", ?", n-1)+")"+speaker+`
				GROUP BY cluster_id ORDER BY cluster_id
				LIMIT CASE WHEN EXISTS (SELECT 1 FROM quote_keys WHERE key = ?`+speaker+`) THEN 0 ELSE 100 END) k`, args...)
	if err != nil {
		return nil, err
	}
	// of the text key's, the first 100
	if all, ok := onlyExact(all); ok {
		return all[:min(len(all), 100)], nil
	}
	return all, nil
}

// textKeyOfSpeaker is the rows (cluster_id, exact) of the first 100
// clusters of a text key (its arguments: key, ref, key) for the speaker
// ref and for the unresolved one.
const textKeyOfSpeaker = `SELECT cluster_id, 1 AS exact FROM (SELECT cluster_id FROM quote_keys WHERE key = ? AND speaker_ref = ? ORDER BY cluster_id LIMIT 100) r
	UNION ALL SELECT cluster_id, 1 FROM (SELECT cluster_id FROM quote_keys WHERE key = ? AND speaker_ref = 0 ORDER BY cluster_id LIMIT 100) u`

// clustersOfText is clustersByKeys of a text key alone for a resolved
// speaker ref: the first 100 clusters of each of ref and of the
// unresolved speaker come in the order of the key's index, and the first
// 100 of both are taken here, so that SQLite neither groups nor sorts.
func clustersOfText(ctx context.Context, tx *wtx, key, ref int64, outlet string) ([]*candidate, error) {
	all, err := queryCandidates(ctx, tx, textKeyOfSpeaker, outlet, key, ref, key)
	return all[:min(len(all), 100)], err
}

// clustersByKeys finds, in the order of their ids, the first 100
// clusters of speaker ref (or unresolved) that have one of keys, whose
// first is the text key: those that have it first.
func clustersByKeys(ctx context.Context, tx *wtx, keys []int64, ref int64, outlet string) ([]*candidate, error) {
	// as many parameters as the next multiple of 8, so that few statements
	// are prepared
	n := 1
	if len(keys) > 1 {
		n = (len(keys) + 7) / 8 * 8
	}
	args := make([]any, 0, n+3)
	args = append(args, outlet, keys[0])
	for i := range n {
		args = append(args, keys[min(i, len(keys)-1)])
	}
	speaker := ""
	if ref != 0 {
		speaker = " AND speaker_ref IN (?, 0)"
		args = append(args, ref)
	}
	// the clusters sharing the text key first, so that the limit keeps them
	all, err := queryCandidates(ctx, tx, `SELECT cluster_id, MAX(CASE WHEN key = ? THEN 1 ELSE 0 END) AS exact FROM quote_keys
			WHERE key IN (?`+strings.Repeat(", ?", n-1)+")"+speaker+` GROUP BY cluster_id ORDER BY exact DESC, cluster_id LIMIT 100`, args...)
	all, _ = onlyExact(all)
	return all, err
}

// queryCandidates reads the clusters that the rows (cluster_id, exact) of
// from name, with what a candidate carries, in the order of their ids,
// each once. The first of args is the outlet, the rest are from's.
func queryCandidates(ctx context.Context, tx *wtx, from string, args ...any) ([]*candidate, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.id, x.exact, c.text, c.speaker_ref, c.words, c.sources, `+tx.textDate()+`,
		EXISTS (SELECT 1 FROM cluster_outlets co WHERE co.cluster_id = c.id AND co.outlet = ?)
		FROM (`+from+`) x
		JOIN quote_clusters c ON c.id = x.cluster_id`, args...)
	if err != nil {
		return nil, err
	}
	all, err := readCandidates(rows)
	return inIDOrder(all), err
}

// textDate is the column of a cluster c's row that gives the date of its
// text: that of its quote, which keeps a copy of its article's
// (quotes.published, migration 6), so that the article's row is not read;
// in a migration's transaction, which may predate that column (the
// clusters are first built by migration 3), the article's own.
func (t *wtx) textDate() string {
	if t.db == nil {
		return `(SELECT a.published FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = c.quote_id)`
	}
	return `(SELECT q.published FROM quotes q WHERE q.id = c.quote_id)`
}

// onlyExact keeps the candidates that share the text key, if any do.
func onlyExact(all []*candidate) ([]*candidate, bool) {
	if !slices.ContainsFunc(all, func(c *candidate) bool { return c.exact }) {
		return all, false
	}
	return slices.DeleteFunc(all, func(c *candidate) bool { return !c.exact }), true
}

// inIDOrder sorts candidates by id, each once.
func inIDOrder(all []*candidate) []*candidate {
	slices.SortFunc(all, func(a, b *candidate) int { return cmp.Compare(a.id, b.id) })
	return slices.CompactFunc(all, func(a, b *candidate) bool { return a.id == b.id })
}

// readCandidates reads rows of (id, exact, text, speaker_ref, words,
// sources, published, outlet known) and closes them.
func readCandidates(rows *sql.Rows) ([]*candidate, error) {
	defer rows.Close()
	var all []*candidate
	for rows.Next() {
		c := &candidate{}
		if err := rows.Scan(&c.id, &c.exact, &c.text, &c.ref, &c.words, &c.sources, &c.published, &c.outletKnown); err != nil {
			return nil, err
		}
		all = append(all, c)
	}
	return all, rows.Err()
}

// accepts reports whether cluster c may take a quote of form f said by ref.
func (c *candidate) accepts(f quoteForm, ref int64) bool {
	if ref != 0 && c.ref != 0 && ref != c.ref {
		return false
	}
	if c.exact {
		// a short phrase is the same quote only from the same named speaker
		return len(f.words) >= minLooseWords || (ref != 0 && ref == c.ref)
	}
	c.form = parseQuote(c.text)
	return within(f, c.form) || within(c.form, f)
}

// assignQuote puts a stored quote in its cluster: the one whose text it
// is part of or contains, merging the clusters it shows to be one, or a
// new one. seen, when not nil, holds the clusters that have a quote of
// q's article already, and is kept up to date.
func assignQuote(ctx context.Context, tx *wtx, q clusterQuote, seen map[int64]bool) error {
	f := parseQuote(q.text)
	cands, err := candidates(ctx, tx, f, q.ref, q.outlet)
	if err != nil {
		return err
	}
	var match []*candidate
	for _, c := range cands {
		if c.accepts(f, q.ref) {
			match = append(match, c)
		}
	}
	if len(match) == 0 {
		id, err := newCluster(ctx, tx, q, f)
		if seen != nil {
			seen[id] = true
		}
		return err
	}
	// the base is the cluster of the longest text; the others join it if
	// their text is part of the longest form
	base := match[0]
	for _, c := range match[1:] {
		if c.words > base.words || (c.words == base.words && c.sources > base.sources) {
			base = c
		}
	}
	if base.form.words == nil {
		base.form = parseQuote(base.text)
	}
	longest := base.form
	if len(f.words) > base.words {
		longest = f
	}
	ref := base.ref
	if ref == 0 {
		ref = q.ref
	}
	merged := false
	for _, c := range match {
		if c == base || (c.ref != 0 && ref != 0 && c.ref != ref) {
			continue
		}
		if c.form.words == nil {
			c.form = parseQuote(c.text)
		}
		if !sameWords(c.form, longest) && !within(c.form, longest) {
			continue
		}
		if err := mergeClusters(ctx, tx, base.id, c.id); err != nil {
			return err
		}
		if seen[c.id] {
			// the id may be given again to a new cluster
			seen[base.id] = true
			delete(seen, c.id)
		}
		merged = true
		if ref == 0 {
			ref = c.ref
		}
	}
	if merged {
		return joinCluster(ctx, tx, base.id, q, f, nil, seen)
	}
	return joinCluster(ctx, tx, base.id, q, f, base, seen)
}

// newCluster makes a cluster of one quote and returns it.
func newCluster(ctx context.Context, tx *wtx, q clusterQuote, f quoteForm) (int64, error) {
	id, err := tx.insertID(ctx, `INSERT INTO quote_clusters(text, quote_id, words, speaker_person_id, speaker, speaker_ref, first_seen, sources, outlets)
		VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)`,
		q.text, q.id, len(f.words), q.personID, nullString(q.body), q.ref, q.published)
	if err != nil {
		return 0, err
	}
	if err := tx.setCluster(ctx, q.id, id); err != nil {
		return 0, err
	}
	if tx.outlets != nil {
		tx.outlets.add(outletKey{id, q.outlet}, plusOne)
	} else if _, err := tx.ExecContext(ctx, "INSERT INTO cluster_outlets(cluster_id, outlet, quotes) VALUES (?, ?, 1)", id, q.outlet); err != nil {
		return 0, err
	}
	return id, addClusterKeys(ctx, tx, id, q.ref, append([]int64{f.textKey()}, f.fingerprints()...))
}

func addClusterKeys(ctx context.Context, tx *wtx, id, ref int64, keys []int64) error {
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), 64)]
		keys = keys[len(chunk):]
		// rows padded to a multiple of 8 with repeats, which change nothing
		n := (len(chunk) + 7) / 8 * 8
		args := make([]any, 0, 3*n)
		for i := range n {
			args = append(args, chunk[min(i, len(chunk)-1)], ref, id)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO quote_keys(key, speaker_ref, cluster_id) VALUES "+valueRows(n, 3)+
			" ON CONFLICT DO NOTHING", args...); err != nil {
			return err
		}
	}
	return nil
}

// joinCluster adds a quote to a cluster and updates its counts, its text
// when the quote is longer, and its speaker when it had none. known, when
// not nil, is the cluster as just read; seen is as for assignQuote.
func joinCluster(ctx context.Context, tx *wtx, id int64, q clusterQuote, f quoteForm, known *candidate, seen map[int64]bool) error {
	if err := tx.setCluster(ctx, q.id, id); err != nil {
		return err
	}
	var inArticle, outletQuotes int
	if seen != nil {
		inArticle = 1
		if seen[id] {
			inArticle = 2 // or more: the article is counted already
		}
		seen[id] = true
	} else {
		if err := tx.flushClustered(ctx); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM quotes WHERE article_id = ? AND cluster_id = ?", q.articleID, id).Scan(&inArticle); err != nil {
			return err
		}
	}
	if k := (outletKey{id, q.outlet}); known != nil && tx.outlets != nil {
		// whether the outlet printed the cluster before, as candidates
		// read it, or since
		outletQuotes = 1
		if known.outletKnown || tx.outlets.n[k] > 0 {
			outletQuotes = 2
		}
		tx.outlets.add(k, plusOne)
	} else {
		if err := tx.flushOutlets(ctx); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO cluster_outlets(cluster_id, outlet, quotes) VALUES (?, ?, 1)
			ON CONFLICT (cluster_id, outlet) DO UPDATE SET quotes = cluster_outlets.quotes + 1 RETURNING quotes`, id, q.outlet).Scan(&outletQuotes); err != nil {
			return err
		}
	}
	var c candidate
	if known != nil {
		c = *known
	} else if err := tx.QueryRowContext(ctx, `SELECT c.text, c.words, c.speaker_ref, `+tx.textDate()+` FROM quote_clusters c WHERE c.id = ?`, id).
		Scan(&c.text, &c.words, &c.ref, &c.published); err != nil {
		return err
	}
	if known == nil {
		tx.withHeldText(&c, id)
	}
	text, words, ref := c.text, c.words, c.ref
	var keys []int64
	if !c.exact {
		keys = append(keys, f.textKey())
	}
	canon := int64(0)
	if longerForm(len(f.words), q.published, words, c.published) {
		text, words, canon = q.text, len(f.words), q.id
		if !c.exact || !keysOf(&c, f) {
			keys = append(keys, f.fingerprints()...)
		}
	}
	if ref == 0 && q.ref != 0 {
		if _, err := tx.ExecContext(ctx, "UPDATE quote_clusters SET speaker_person_id = ?, speaker = ?, speaker_ref = ? WHERE id = ?",
			q.personID, nullString(q.body), q.ref, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE quote_keys SET speaker_ref = ? WHERE cluster_id = ?", q.ref, id); err != nil {
			return err
		}
		ref = q.ref
	}
	added := clusterCount{sources: b2i(inArticle == 1), outlets: b2i(outletQuotes == 1)}
	return writeJoin(ctx, tx, id, q, clusterText{text: text, quoteID: canon, published: q.published}, words, added, ref, keys)
}

// keysOf reports whether the keys of f's text are among those of c's, of
// the same words (c shares f's text key): a form spelt or punctuated
// otherwise, but cut by ellipses at the same words. The cluster is stored
// under the keys of its text, so f's add nothing.
func keysOf(c *candidate, f quoteForm) bool {
	if c.form.words == nil {
		c.form = parseQuote(c.text)
	}
	if !sameWords(c.form, f) {
		return false
	}
	have := c.form.fingerprints()
	for _, k := range f.fingerprints() {
		if !slices.Contains(have, k) {
			return false
		}
	}
	return true
}

// clusterText is a cluster's text taken from quote quoteID (none when 0),
// published at published.
type clusterText struct {
	text      string
	quoteID   int64
	published sql.NullString
}

// writeJoin writes what a quote joining cluster id changed: its counts
// (added, the quote published at to.published), its text when to.quoteID
// is not 0 (of words words), and keys, of speaker ref. In a batch, what
// adds no keys is held back (tx.counts).
func writeJoin(ctx context.Context, tx *wtx, id int64, q clusterQuote, to clusterText, words int, added clusterCount, ref int64, keys []int64) error {
	if len(keys) == 0 && tx.counts != nil {
		// no new keys: the counts, and the text of as many words, are held
		// back for the batch
		tx.counts.add(id, func(c clusterCount) clusterCount {
			c = c.plus(added.sources, added.outlets, q.published)
			if to.quoteID != 0 {
				c.text = to
			}
			return c
		})
		return nil
	}
	if tx.counts != nil {
		// the text held back, if any, is written now (it is to.text unless
		// q's replaces it)
		if h, ok := tx.counts.n[id]; ok && h.text.quoteID != 0 {
			if to.quoteID == 0 {
				to.quoteID = h.text.quoteID
			}
			h.text = clusterText{}
			tx.counts.n[id] = h
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE quote_clusters SET text = ?, quote_id = CASE WHEN ? > 0 THEN ? ELSE quote_id END, words = ?,
		sources = sources + ?, outlets = outlets + ?,
		first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END WHERE id = ?`,
		to.text, to.quoteID, to.quoteID, words, added.sources, added.outlets, q.published, q.published, id)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		return nil
	}
	return addClusterKeys(ctx, tx, id, ref, keys)
}

// withHeldText gives c, cluster id as stored, the text held back for it
// (tx.counts), if any.
func (t *wtx) withHeldText(c *candidate, id int64) {
	if t.counts == nil {
		return
	}
	if h := t.counts.n[id].text; h.quoteID != 0 {
		c.text, c.published, c.form = h.text, h.published, quoteForm{}
	}
}

// longerForm reports whether a form of words words published at pub
// should be a cluster's text rather than one of the other's: more words,
// or as many and published earlier (a date beats none).
func longerForm(words int, pub sql.NullString, otherWords int, otherPub sql.NullString) bool {
	if words != otherWords {
		return words > otherWords
	}
	return pub.Valid && (!otherPub.Valid || pub.String < otherPub.String)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mergeClusters moves the quotes of cluster from into cluster to and
// counts them again.
func mergeClusters(ctx context.Context, tx *wtx, to, from int64) error {
	if err := tx.flushClustered(ctx); err != nil {
		return err
	}
	if err := tx.flushClusterCounts(ctx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE quotes SET cluster_id = ? WHERE cluster_id = ?", to, from); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM quote_clusters WHERE id = ?", from); err != nil {
		return err
	}
	return refreshCluster(ctx, tx, to)
}

// fixClusters brings clusters right after quotes left them (deleted, or
// their speaker changed): an empty cluster goes; one that lost its
// longest form is dissolved and its quotes clustered again, since they
// may have been one only through it; the others are counted again.
func fixClusters(ctx context.Context, tx *wtx, ids []int64) error {
	if err := tx.flushClusterCounts(ctx); err != nil {
		return err
	}
	for _, id := range ids {
		var text string
		err := tx.QueryRowContext(ctx, "SELECT text FROM quote_clusters WHERE id = ?", id).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			continue // merged away meanwhile
		}
		if err != nil {
			return err
		}
		members, err := loadQuotes(ctx, tx, "q.cluster_id = ?", id)
		if err != nil {
			return err
		}
		key := parseQuote(text).textKey()
		kept := false
		for _, m := range members {
			if parseQuote(m.text).textKey() == key {
				kept = true
				break
			}
		}
		if kept {
			if err := refreshCluster(ctx, tx, id); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE quotes SET cluster_id = NULL WHERE cluster_id = ?", id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM quote_clusters WHERE id = ?", id); err != nil {
			return err
		}
		for _, m := range members {
			if err := assignQuote(ctx, tx, m, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// refreshCluster counts a cluster again from its quotes: text, speaker,
// first seen, sources, outlets and keys.
func refreshCluster(ctx context.Context, tx *wtx, id int64) error {
	if err := tx.flushClusterCounts(ctx); err != nil {
		return err
	}
	members, err := loadQuotes(ctx, tx, "q.cluster_id = ?", id)
	if err != nil {
		return err
	}
	if len(members) == 0 {
		_, err := tx.ExecContext(ctx, "DELETE FROM quote_clusters WHERE id = ?", id)
		return err
	}
	var longest clusterQuote
	var longestForm quoteForm
	var speaker clusterQuote // the first member with a resolved speaker
	articles := map[int64]bool{}
	outlets := map[string]int{}
	var first sql.NullString
	keys := map[int64]bool{}
	for _, m := range members {
		f := parseQuote(m.text)
		keys[f.textKey()] = true
		if longest.text == "" || longerForm(len(f.words), m.published, len(longestForm.words), longest.published) {
			longest, longestForm = m, f
		}
		if speaker.ref == 0 && m.ref != 0 {
			speaker = m
		}
		articles[m.articleID] = true
		outlets[m.outlet]++
		if m.published.Valid && (!first.Valid || m.published.String < first.String) {
			first = m.published
		}
	}
	for _, k := range longestForm.fingerprints() {
		keys[k] = true
	}
	if _, err := tx.ExecContext(ctx, `UPDATE quote_clusters SET text = ?, quote_id = ?, words = ?, speaker_person_id = ?, speaker = ?, speaker_ref = ?,
		first_seen = ?, sources = ?, outlets = ? WHERE id = ?`,
		longest.text, longest.id, len(longestForm.words), speaker.personID, nullString(speaker.body), speaker.ref,
		first, len(articles), len(outlets), id); err != nil {
		return err
	}
	for _, stmt := range []string{"DELETE FROM quote_keys WHERE cluster_id = ?", "DELETE FROM cluster_outlets WHERE cluster_id = ?"} {
		if _, err := tx.ExecContext(ctx, stmt, id); err != nil {
			return err
		}
	}
	for o, n := range outlets {
		if _, err := tx.ExecContext(ctx, "INSERT INTO cluster_outlets(cluster_id, outlet, quotes) VALUES (?, ?, ?)", id, o, n); err != nil {
			return err
		}
	}
	list := make([]int64, 0, len(keys))
	for k := range keys {
		list = append(list, k)
	}
	return addClusterKeys(ctx, tx, id, speaker.ref, list)
}

// unclusterQuotes takes the quotes that match where (a condition on
// quotes written by this package) out of their clusters, before they are
// deleted or their speaker changes, and returns the clusters to fix.
func unclusterQuotes(ctx context.Context, tx *wtx, where string, args ...any) ([]int64, error) {
	if err := tx.flushClustered(ctx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT cluster_id FROM quotes WHERE cluster_id IS NOT NULL AND "+where, args...)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ids) > 0 {
		if _, err := tx.ExecContext(ctx, "UPDATE quotes SET cluster_id = NULL WHERE cluster_id IS NOT NULL AND "+where, args...); err != nil {
			return nil, fmt.Errorf("uncluster quotes: %w", err)
		}
	}
	return ids, nil
}

// clusteredQuotes are quotes given a cluster whose quotes.cluster_id is
// not written yet (wtx.clustered): a batch's are written together at its
// end (an article's, outside a batch), and before anything reads them.
type clusteredQuotes struct {
	pairs []int64       // quote id, cluster id, ...
	at    map[int64]int // quote id -> its index in pairs
}

// setCluster puts a quote in a cluster, at once or, while quotes are
// clustered, with the others.
func (t *wtx) setCluster(ctx context.Context, quoteID, clusterID int64) error {
	if c := t.clustered; c != nil {
		if i, ok := c.at[quoteID]; ok {
			c.pairs[i+1] = clusterID
			return nil
		}
		if c.at == nil {
			c.at = map[int64]int{}
		}
		c.at[quoteID] = len(c.pairs)
		c.pairs = append(c.pairs, quoteID, clusterID)
		return nil
	}
	_, err := t.ExecContext(ctx, "UPDATE quotes SET cluster_id = ? WHERE id = ?", clusterID, quoteID)
	return err
}

// flushClustered writes the clusters of the quotes held back, if any, in
// statements of up to 64 quotes, padded to a multiple of 16 (the last
// repeated), so that few statements are prepared.
func (t *wtx) flushClustered(ctx context.Context) error {
	if t.clustered == nil || len(t.clustered.pairs) == 0 {
		return nil
	}
	all := t.clustered.pairs
	t.clustered.pairs, t.clustered.at = nil, nil
	for len(all) > 0 {
		pairs := all[:min(len(all), 128)]
		all = all[len(pairs):]
		if len(pairs) == 2 {
			if _, err := t.ExecContext(ctx, "UPDATE quotes SET cluster_id = ? WHERE id = ?", pairs[1], pairs[0]); err != nil {
				return err
			}
			continue
		}
		n := (len(pairs)/2 + 15) / 16 * 16
		args := make([]any, 0, 3*n)
		for i := range n {
			j := 2 * min(i, len(pairs)/2-1)
			args = append(args, pairs[j], pairs[j+1])
		}
		for i := range n {
			args = append(args, pairs[2*min(i, len(pairs)/2-1)])
		}
		if _, err := t.ExecContext(ctx, "UPDATE quotes SET cluster_id = CASE id"+strings.Repeat(" WHEN ? THEN CAST(? AS BIGINT)", n)+
			" END WHERE id IN ("+placeholders(n)+")", args...); err != nil {
			return err
		}
	}
	return nil
}

// outletKey is a row of cluster_outlets.
type outletKey struct {
	cluster int64
	outlet  string
}

// outletCounts are quotes counted in cluster_outlets but not written yet
// (wtx.outlets): a batch's are written together at its end, and before a
// cluster's outlets are counted again or a cluster goes.
type outletCounts = heldBack[outletKey, int]

// flushOutlets writes the outlet counts held back, in statements of 64,
// 16, 4 or 1 rows.
func (t *wtx) flushOutlets(ctx context.Context) error {
	order, n := t.outlets.take()
	return inChunks(order, func(chunk []outletKey) error {
		size := len(chunk)
		args := make([]any, 0, 3*size)
		for _, k := range chunk {
			args = append(args, k.cluster, k.outlet, n[k])
		}
		_, err := t.ExecContext(ctx, "INSERT INTO cluster_outlets(cluster_id, outlet, quotes) VALUES "+valueRows(size, 3)+
			" ON CONFLICT (cluster_id, outlet) DO UPDATE SET quotes = cluster_outlets.quotes + excluded.quotes", args...)
		return err
	})
}

// clusterCount is what a batch's quotes added to a cluster without adding
// keys: articles, outlets, the earliest date and, when text.quoteID is
// not 0, the text taken from a quote of the same words.
type clusterCount struct {
	sources, outlets int
	first            sql.NullString
	text             clusterText
}

// clusterCounts are cluster counts held back (wtx.counts): a batch's are
// written together at its end, and before a cluster is counted again,
// merged or dissolved. candidates adds them to what it reads.
type clusterCounts = heldBack[int64, clusterCount]

// plus is c with an article's sources, outlets and date added.
func (c clusterCount) plus(sources, outlets int, published sql.NullString) clusterCount {
	c.sources += sources
	c.outlets += outlets
	if published.Valid && (!c.first.Valid || published.String < c.first.String) {
		c.first = published
	}
	return c
}

// flushCounts writes the cluster counts held back, in statements of 64,
// 16, 4 or 1 rows: an upsert on clusters that exist, whose placeholder
// words are never written, nor its text unless a quote's (quote_id not
// NULL).
func (t *wtx) flushCounts(ctx context.Context) error {
	order, n := t.counts.take()
	return inChunks(order, func(chunk []int64) error {
		size := len(chunk)
		args := make([]any, 0, 6*size)
		for _, id := range chunk {
			c := n[id]
			args = append(args, id, c.text.text, sql.NullInt64{Int64: c.text.quoteID, Valid: c.text.quoteID != 0}, c.sources, c.outlets, c.first)
		}
		_, err := t.ExecContext(ctx, `INSERT INTO quote_clusters(id, text, quote_id, words, sources, outlets, first_seen) VALUES `+
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, 0, ?, ?, ?), ", size), ", ")+`
			ON CONFLICT (id) DO UPDATE SET sources = quote_clusters.sources + excluded.sources, outlets = quote_clusters.outlets + excluded.outlets,
			text = CASE WHEN excluded.quote_id IS NULL THEN quote_clusters.text ELSE excluded.text END,
			quote_id = COALESCE(excluded.quote_id, quote_clusters.quote_id),
			first_seen = CASE WHEN excluded.first_seen IS NOT NULL AND (quote_clusters.first_seen IS NULL OR excluded.first_seen < quote_clusters.first_seen)
				THEN excluded.first_seen ELSE quote_clusters.first_seen END`, args...)
		return err
	})
}
