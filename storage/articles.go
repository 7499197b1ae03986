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
// transaction: a killed run leaves no half article.
//
// An article is the same as one already stored when it has the same URL,
// or the same GUID in the same feed (in any feed when a.FeedURL is empty);
// it is then updated, records and all, only when its text changed.
// Otherwise an article with the same text under another URL is taken as a
// copy: it is linked to the feed and not stored twice.
func (db *DB) SaveArticle(ctx context.Context, a Article, res *extract.Result) (Saved, error) {
	tx, err := db.begin(ctx)
	if err != nil {
		return Saved{}, fmt.Errorf("storage: save %s: %w", a.URL, err)
	}
	defer tx.Rollback()
	out, err := saveBatch(ctx, tx, []Article{a}, []*extract.Result{res}, nil)
	if err != nil {
		return Saved{}, err
	}
	s := out[0]
	if err := tx.Commit(); err != nil {
		return Saved{}, fmt.Errorf("storage: save %s: %w", a.URL, err)
	}
	return s, nil
}

// SaveArticles stores several articles in one transaction, each complete;
// batching keeps SQLite from being the bottleneck of a large ingest.
func (db *DB) SaveArticles(ctx context.Context, arts []Article, results []*extract.Result) ([]Saved, error) {
	if len(arts) != len(results) {
		return nil, errMismatch
	}
	// before the write lock is taken (see prepareAll)
	preps := prepareAll(arts, results, !db.noCross)
	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out, err := saveBatch(ctx, tx.w, arts, results, preps)
	if err != nil {
		return nil, err
	}
	return out, tx.Commit()
}

// errMismatch: SaveArticles was given as many articles as results.
var errMismatch = errors.New("storage: SaveArticles: articles and results differ in length")

// SaveArticles is DB.SaveArticles within the transaction.
func (tx *Tx) SaveArticles(ctx context.Context, arts []Article, results []*extract.Result) ([]Saved, error) {
	if len(arts) != len(results) {
		return nil, errMismatch
	}
	return saveBatch(ctx, tx.w, arts, results, nil)
}

// saveBatch stores articles one after the other. Rows that only later
// articles' work across articles reads (people links, alias counts,
// story signatures, bands and counts, quotes' clusters, clusters' outlets
// and counts) are held back and written together at the end, or sooner when
// something reads them. preps are the articles' prepareAll, computed here
// when nil.
func saveBatch(ctx context.Context, tx *wtx, arts []Article, results []*extract.Result, preps []prepared) ([]Saved, error) {
	if preps == nil {
		preps = prepareAll(arts, results, !tx.noCross)
	}
	out := make([]Saved, len(arts))
	if !tx.noCross {
		tx.links, tx.aliases, tx.stories = &linkRows{}, newHeldBack[aliasKey, int](), newStoryRows()
		tx.clustered, tx.outlets, tx.batch = &clusteredQuotes{}, newHeldBack[outletKey, int](), true
		tx.counts, tx.storyCounts = newHeldBack[int64, clusterCount](), newHeldBack[int64, storyCount]()
		defer func() {
			tx.links, tx.aliases, tx.stories, tx.storyCounts = nil, nil, nil, nil
			tx.clustered, tx.outlets, tx.batch, tx.counts = nil, nil, false, nil
		}()
	}
	for i := range arts {
		s, err := saveArticle(ctx, tx, arts[i], results[i], preps[i])
		if err != nil {
			return nil, fmt.Errorf("storage: save %s: %w", arts[i].URL, err)
		}
		out[i] = s
	}
	if err := tx.flushHeld(ctx); err != nil {
		return nil, fmt.Errorf("storage: save: %w", err)
	}
	return out, nil
}

func saveArticle(ctx context.Context, tx *wtx, a Article, res *extract.Result, p prepared) (Saved, error) {
	if a.URL == "" {
		return Saved{}, errors.New("article has no URL")
	}
	hash := p.hash
	now := time.Now().UTC().Format(time.RFC3339)
	feedID, err := feedIDFor(ctx, tx, a.FeedURL)
	if err != nil {
		return Saved{}, err
	}
	id, err := articleID(ctx, tx, a.URL, a.GUID, feedID, a.FeedURL != "")
	if err != nil {
		return Saved{}, err
	}
	if id == 0 {
		// the same text under another URL is a copy
		err := tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", hash).Scan(&id)
		if err == nil {
			return Saved{ArticleID: id}, linkFeed(ctx, tx, feedID, id, a.GUID)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return Saved{}, err
		}
		return insertArticle(ctx, tx, a, res, feedID, p, now)
	}
	var oldHash string
	if err := tx.QueryRowContext(ctx, "SELECT content_hash FROM articles WHERE id = ?", id).Scan(&oldHash); err != nil {
		return Saved{}, err
	}
	if oldHash == hash {
		return Saved{ArticleID: id}, linkFeed(ctx, tx, feedID, id, a.GUID)
	}
	// metadata the new copy lacks is kept from the old one
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET guid = COALESCE(?, guid), title = COALESCE(?, title),
		byline = COALESCE(?, byline), published = COALESCE(?, published), language = COALESCE(?, language),
		body = ?, content_hash = ?, fetched_at = ?, extractor_version = ?, records_hash = ? WHERE id = ?`,
		nullString(a.GUID), nullString(a.Title), nullString(a.Byline), timeText(a.Published), nullString(a.Language),
		a.Body, hash, now, extract.Version, p.records, id); err != nil {
		return Saved{}, err
	}
	n, err := replaceRecords(ctx, tx, id, res)
	if err != nil {
		return Saved{}, err
	}
	if !tx.noCross {
		if err := assignStory(ctx, tx, id, p.sig, false); err != nil {
			return Saved{}, err
		}
	}
	return Saved{ArticleID: id, Updated: true, Records: n}, linkFeed(ctx, tx, feedID, id, a.GUID)
}

// insertArticle stores a new article and its records. Its story is found
// first, so that the row is written whole once (an update would copy the
// body again).
func insertArticle(ctx context.Context, tx *wtx, a Article, res *extract.Result, feedID int64, p prepared, now string) (Saved, error) {
	sig := p.sig
	var story sql.NullInt64
	var filed map[int64]bool
	if !tx.noCross {
		id, f, err := placeStory(ctx, tx, 0, sig, nullString(a.Title), timeText(a.Published))
		if err != nil {
			return Saved{}, err
		}
		story, filed = sql.NullInt64{Int64: id, Valid: true}, f
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO articles(url, guid, title, byline, published, language, body, content_hash, fetched_at,
		extractor_version, records_hash, outlet, story_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		a.URL, nullString(a.GUID), nullString(a.Title), nullString(a.Byline), timeText(a.Published),
		nullString(a.Language), a.Body, p.hash, now, extract.Version, p.records, outletOf(a.URL, a.FeedURL), story).Scan(&id)
	if err != nil {
		return Saved{}, err
	}
	if !tx.noCross {
		if err := fileStory(ctx, tx, story.Int64, id, sig, filed); err != nil {
			return Saved{}, err
		}
	}
	rec := &newRecords{quotes: []clusterQuote{}} // not nil: none is none
	n, err := insertRecords(ctx, tx, id, res, rec)
	if err != nil {
		return Saved{}, err
	}
	if !tx.noCross {
		for i := range rec.quotes {
			rec.quotes[i].published, rec.quotes[i].outlet = timeText(a.Published), outletOf(a.URL, a.FeedURL)
		}
		if err := attachArticle(ctx, tx, id, rec); err != nil {
			return Saved{}, err
		}
	}
	return Saved{ArticleID: id, New: true, Records: n}, linkFeed(ctx, tx, feedID, id, a.GUID)
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// articleID finds a stored article by URL, else by GUID: within the feed
// when inFeed (feed IDs of 0 are unregistered feeds, which hold nothing),
// anywhere otherwise. GUIDs are only unique within a feed in practice. It
// returns 0 when there is none.
func articleID(ctx context.Context, q querier, url, guid string, feedID int64, inFeed bool) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, "SELECT id FROM articles WHERE url = ?", url).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	switch {
	case guid == "" || (inFeed && feedID == 0):
		return 0, nil
	case inFeed:
		err = q.QueryRowContext(ctx, "SELECT article_id FROM feed_articles WHERE feed_id = ? AND guid = ? LIMIT 1", feedID, guid).Scan(&id)
	default:
		err = q.QueryRowContext(ctx, "SELECT id FROM articles WHERE guid = ? LIMIT 1", guid).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

func feedIDFor(ctx context.Context, tx *wtx, feedURL string) (int64, error) {
	if feedURL == "" {
		return 0, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM feeds WHERE url = ?", feedURL).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err := tx.QueryRowContext(ctx, "INSERT INTO feeds(url, created_at) VALUES (?, ?) RETURNING id",
			feedURL, time.Now().UTC().Format(time.RFC3339)).Scan(&id)
		return id, err
	}
	return id, err
}

func linkFeed(ctx context.Context, tx *wtx, feedID, articleID int64, guid string) error {
	if feedID == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO feed_articles(feed_id, article_id, guid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
		feedID, articleID, nullString(guid))
	return err
}

// replaceRecords drops an article's records and stores res instead,
// taking the old records out of clusters, links and aliases and putting
// the new ones in. People who are left with no record anywhere are
// dropped too.
func replaceRecords(ctx context.Context, tx *wtx, articleID int64, res *extract.Result) (int, error) {
	people, err := peopleOf(ctx, tx, articleID)
	if err != nil {
		return 0, err
	}
	if !tx.noCross {
		if err := detachArticle(ctx, tx, articleID); err != nil {
			return 0, err
		}
	}
	for _, stmt := range []string{
		"DELETE FROM quotes WHERE article_id = ?",
		"DELETE FROM officials WHERE article_id = ?",
		"DELETE FROM article_countries WHERE article_id = ?",
		"DELETE FROM troop_figures WHERE article_id = ?",
		"DELETE FROM death_tolls WHERE article_id = ?",
	} {
		if _, err := tx.ExecContext(ctx, stmt, articleID); err != nil {
			return 0, err
		}
	}
	n, err := insertRecords(ctx, tx, articleID, res, nil)
	if err != nil {
		return n, err
	}
	if !tx.noCross {
		if err := attachArticle(ctx, tx, articleID, nil); err != nil {
			return n, err
		}
	}
	return n, dropUnnamedPeople(ctx, tx, people)
}

// peopleOf lists the people an article's records name.
func peopleOf(ctx context.Context, tx *wtx, articleID int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT person_id FROM officials WHERE article_id = ?
		UNION SELECT speaker_person_id FROM quotes WHERE article_id = ? AND speaker_person_id IS NOT NULL`, articleID, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// newRecords is what insertRecords stored that the work across articles
// needs: the quotes as clustering sees them (save for the article's
// published and outlet).
type newRecords struct {
	quotes []clusterQuote
	// the people the records name: the stored name of each, whether the
	// article added them, and the roles and other forms the records give
	// them, so that the article's mentions and name forms need not be read
	// back (recMentions, recForms)
	names     map[int64]string
	added     map[int64]bool
	officials []recOfficial
	speakers  []recOfficial // of quotes[i] said by a person, in order
}

// recOfficial is a role the records of an article give a person.
type recOfficial struct {
	person              int64
	title, country, org string
	also                []string
}

// insertRecords stores what was extracted from an article and returns how
// many records it stored. When rec is not nil, its quotes are noted there.
func insertRecords(ctx context.Context, tx *wtx, articleID int64, res *extract.Result, rec *newRecords) (int, error) {
	if res == nil {
		return 0, nil
	}
	countries := countrySet{}
	n := 0
	roles := &articleRoles{personByName: map[string]int64{}, officialOf: map[int64]int64{}, country: map[int64]string{}}
	for _, o := range res.Officials {
		stored, err := insertOfficial(ctx, tx, articleID, o, roles, countries, rec)
		if err != nil {
			return n, err
		}
		if stored {
			n++
		}
	}
	for _, c := range res.Countries {
		if err := countries.ensure(ctx, tx, c.Code); err != nil {
			return n, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_countries(article_id, country_code, mentions) VALUES (?, ?, ?)
			ON CONFLICT (article_id, country_code) DO UPDATE SET mentions = article_countries.mentions + excluded.mentions`,
			articleID, c.Code, c.Mentions); err != nil {
			return n, err
		}
		n++
	}
	for _, q := range res.Quotes {
		cq, err := insertQuote(ctx, tx, articleID, q, roles, countries, rec)
		if err != nil {
			return n, err
		}
		if rec != nil {
			rec.quotes = append(rec.quotes, cq)
		}
		n++
	}
	for _, t := range res.Troops {
		if err := countries.ensure(ctx, tx, t.Country); err != nil {
			return n, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO troop_figures(article_id, count, approximate, country_code, unit, evidence, start_offset, end_offset, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, t.Count, boolInt(t.Approximate), nullString(t.Country), nullString(t.Unit), t.Evidence, t.Start, t.End, t.Rule, extract.Version); err != nil {
			return n, err
		}
		n++
	}
	for _, d := range res.Deaths {
		if _, err := tx.ExecContext(ctx, `INSERT INTO death_tolls(article_id, count, approximate, cumulative, evidence, start_offset, end_offset, rule, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, d.Count, boolInt(d.Approximate), boolInt(d.Cumulative), d.Evidence, d.Start, d.End, d.Rule, extract.Version); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// insertOfficial stores an official's role in an article, one role per
// person and article (the first the extractor gives); stored is false for
// a later one.
func insertOfficial(ctx context.Context, tx *wtx, articleID int64, o extract.Official, roles *articleRoles, countries countrySet, rec *newRecords) (stored bool, err error) {
	pid, err := rec.personID(ctx, tx, o.Name)
	if err != nil {
		return false, err
	}
	roles.personByName[o.Name] = pid
	if err := countries.ensure(ctx, tx, o.Country); err != nil {
		return false, err
	}
	also, err := json.Marshal(nonNilStrings(o.Also))
	if err != nil {
		return false, err
	}
	ments, err := json.Marshal(nonNilSpans(o.Mentions))
	if err != nil {
		return false, err
	}
	var oid int64
	err = tx.QueryRowContext(ctx, `INSERT INTO officials(article_id, person_id, title, country_code, organization, also, mentions, rule, extractor_version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id, person_id) DO NOTHING RETURNING id`,
		articleID, pid, o.Title, nullString(o.Country), nullString(o.Organization), string(also), string(ments), o.Rule, extract.Version).Scan(&oid)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	roles.officialOf[pid] = oid
	roles.country[oid] = o.Country
	if rec != nil {
		rec.officials = append(rec.officials, recOfficial{person: pid, title: o.Title, country: o.Country, org: o.Organization, also: o.Also})
	}
	return true, nil
}

// articleRoles are the people and roles an article's officials gave, for
// its quotes to point to.
type articleRoles struct {
	personByName map[string]int64
	officialOf   map[int64]int64  // person -> their role in this article
	country      map[int64]string // role (officials.id) -> its state
}

// insertQuote stores one quote of an article, with the article's
// publication time and the speaker's state as the listings show it (the
// attribution's, else the role's) copied onto it for the listings' indexes.
// It returns the stored quote as clustering reads it.
func insertQuote(ctx context.Context, tx *wtx, articleID int64, q extract.Quote, r *articleRoles, countries countrySet, rec *newRecords) (clusterQuote, error) {
	var pid, oid sql.NullInt64
	country := q.SpeakerCountry
	if q.SpeakerKind == extract.SpeakerPerson {
		id, ok := r.personByName[q.Speaker]
		if !ok {
			var err error
			if id, err = rec.personID(ctx, tx, q.Speaker); err != nil {
				return clusterQuote{}, err
			}
			r.personByName[q.Speaker] = id
		}
		pid = sql.NullInt64{Int64: id, Valid: true}
		if rec != nil {
			rec.speakers = append(rec.speakers, recOfficial{person: id, title: q.SpeakerTitle, country: q.SpeakerCountry, org: q.SpeakerOrganization})
		}
		if o, ok := r.officialOf[id]; ok {
			oid = sql.NullInt64{Int64: o, Valid: true}
			if country == "" {
				country = r.country[o]
			}
		}
	}
	if err := countries.ensure(ctx, tx, q.SpeakerCountry); err != nil {
		return clusterQuote{}, err
	}
	kind := q.SpeakerKind
	if kind == "" {
		kind = extract.SpeakerBody
	}
	var qid int64
	err := tx.QueryRowContext(ctx, `INSERT INTO quotes(article_id, text, speaker, speaker_key, speaker_kind, speaker_person_id, official_id,
		speaker_title, speaker_country, speaker_organization, cue, start_offset, end_offset, rule, extractor_version,
		published, country)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT published FROM articles WHERE id = ?), ?) RETURNING id`,
		articleID, q.Text, q.Speaker, Fold(q.Speaker), kind, pid, oid,
		nullString(q.SpeakerTitle), nullString(q.SpeakerCountry), nullString(q.SpeakerOrganization),
		nullString(q.Cue), q.Start, q.End, q.Rule, extract.Version, articleID, nullString(country)).Scan(&qid)
	if err != nil {
		return clusterQuote{}, err
	}
	return newClusterQuote(qid, articleID, q.Text, kind, q.Speaker, pid), nil
}

// countrySet makes sure each country code a record carries has its row in
// countries, so that a code missing from the gazetteer costs a name, not the
// article. Codes are checked once per article.
type countrySet map[string]bool

func (cs countrySet) ensure(ctx context.Context, tx *wtx, code string) error {
	if code == "" || cs[code] {
		return nil
	}
	cs[code] = true
	_, err := tx.ExecContext(ctx, "INSERT INTO countries(code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING", code, code)
	return err
}

// personID returns the person of that name, adding one if needed.
func personID(ctx context.Context, tx *wtx, name string) (int64, error) {
	id, _, _, err := personRow(ctx, tx, name)
	return id, err
}

// personID is personID noting in rec, when not nil, the person's stored
// name and whether it was added.
func (rec *newRecords) personID(ctx context.Context, tx *wtx, name string) (int64, error) {
	id, stored, added, err := personRow(ctx, tx, name)
	if err != nil || rec == nil {
		return id, err
	}
	if rec.names == nil {
		rec.names, rec.added = map[int64]string{}, map[int64]bool{}
	}
	rec.names[id] = stored
	if added {
		rec.added[id] = true
	}
	return id, nil
}

// personRow returns the person of that name, its name as stored (the
// match ignores case) and whether it was added now.
func personRow(ctx context.Context, tx *wtx, name string) (int64, string, bool, error) {
	var id int64
	var stored string
	q := "SELECT id, name FROM people WHERE name = ?" // COLLATE NOCASE
	if tx.pg {
		q = "SELECT id, name FROM people WHERE lower(name) = lower(?)" // its unique index
	}
	err := tx.QueryRowContext(ctx, q, name).Scan(&id, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		surname := parseName(name).surname
		if err := tx.QueryRowContext(ctx, "INSERT INTO people(name, name_key, surname_key) VALUES (?, ?, ?) RETURNING id",
			name, Fold(name), surname).Scan(&id); err != nil {
			return 0, "", false, err
		}
		return id, name, true, tx.personAdded(ctx, id, name, surname)
	}
	return id, stored, false, err
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilSpans(s []extract.Span) []extract.Span {
	if s == nil {
		return []extract.Span{}
	}
	return s
}

// boolInt is a flag as the schema keeps it, 0 or 1 (PostgreSQL, unlike
// SQLite, will not take a bool for an integer).
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
