package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNotFound: no record has the id asked for.
var ErrNotFound = errors.New("storage: not found")

// QuoteQuery selects quotes for ListQuotes. Zero values mean no restriction.
type QuoteQuery struct {
	// Speaker matches the speaker's name as Filter.Speaker does: case,
	// accents and partial names forgiven.
	Speaker string
	// Country is the ISO 3166-1 code of the speaker's state, any case.
	Country string
	// Org matches part of the speaker's organisation, ASCII case forgiven.
	Org string
	// Search is full-text search over the quote and its speaker.
	Search Search
	// Since and Until bound the article's publication time: Since <= t < Until.
	// Articles without a date are left out when either is set.
	Since, Until time.Time
	// PersonID is the speaker (people.id); ArticleID the article.
	PersonID, ArticleID int64
	// Limit is the number of quotes a page holds; 0 means DefaultPageSize.
	Limit int
	// Cursor resumes the listing after a page: QuotePage.Next of the same
	// query. "" starts with the newest.
	Cursor string
}

// fingerprint names the listing and its filters, so that a cursor of
// another query is refused.
func (q QuoteQuery) fingerprint() string {
	return fmt.Sprintf("quotes|%s|%s|%s|%s|%v|%s|%s|%d|%d", Fold(q.Speaker), strings.ToUpper(strings.TrimSpace(q.Country)),
		strings.TrimSpace(q.Org), q.Search.expr, q.Search.none, timeKey(q.Since), timeKey(q.Until), q.PersonID, q.ArticleID)
}

func timeKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// QuoteEntry is a quote with its speaker and article. Unknown text values
// are "".
type QuoteEntry struct {
	ID             int64  `json:"id"`
	Text           string `json:"text"`
	Speaker        string `json:"speaker"`      // the person's fullest name, or the body ("Hamas")
	SpeakerKind    string `json:"speaker_kind"` // "person" or "body"
	SpeakerTitle   string `json:"speaker_title"`
	SpeakerCountry string `json:"speaker_country"` // ISO 3166-1 code
	// SpeakerCountryName is the English name of SpeakerCountry.
	SpeakerCountryName string `json:"speaker_country_name"`
	Organization       string `json:"organization"`
	ArticleID          int64  `json:"article_id"`
	ArticleURL         string `json:"article_url"`
	ArticleTitle       string `json:"article_title"`
	Published          string `json:"published"` // RFC 3339, UTC
	Feed               string `json:"feed"`      // URL or path of the first feed the article was seen in
	FeedTitle          string `json:"feed_title"`
	Cue                string `json:"cue"` // "said", "told", ":"
	// PersonID is the speaker's id in people; nil when a body speaks.
	PersonID *int64 `json:"person_id"`

	feedID sql.NullInt64 // the feed Feed names, until nameQuotes
}

// QuotePage is a page of quotes, newest articles first, in text order
// within an article.
type QuotePage struct {
	Quotes []QuoteEntry
	// Next resumes the listing after this page; "" on the last page.
	Next string
}

// quoteSelect reads a QuoteEntry, the columns of v_quotes plus ids and the
// feed's title; queries add WHERE, ORDER BY and LIMIT. The names of the
// state and of the feed come from the DB's nameCache, not from joins.
const quoteSelect = `SELECT q.id, q.text, COALESCE(p.name, q.speaker), q.speaker_kind,
	COALESCE(q.speaker_title, o.title, ''), COALESCE(q.speaker_country, o.country_code, ''),
	COALESCE(q.speaker_organization, o.organization, ''), q.article_id, a.url, COALESCE(a.title, ''), a.published,
	(SELECT MIN(fa.feed_id) FROM feed_articles fa WHERE fa.article_id = a.id), COALESCE(q.cue, ''), q.speaker_person_id`

const quoteFrom = ` FROM quotes q` + quoteJoins

// quoteJoins bring in what a quote row shows besides the quote.
const quoteJoins = `
	JOIN articles a       ON a.id = q.article_id
	LEFT JOIN people p    ON p.id = q.speaker_person_id
	LEFT JOIN officials o ON o.id = q.official_id`

// quoteScan reads rows of quoteSelect through destinations made once for
// all the rows of a query, rather than once a row.
type quoteScan struct {
	db        *DB
	e         QuoteEntry
	published sql.NullString
	feed      sql.NullInt64
	person    sql.NullInt64
	dest      []any
}

// newQuoteScan makes a quoteScan with extra destinations after the
// columns of quoteSelect.
func (db *DB) newQuoteScan(extra ...any) *quoteScan {
	s := &quoteScan{db: db}
	e := &s.e
	s.dest = append([]any{&e.ID, &e.Text, &e.Speaker, &e.SpeakerKind, &e.SpeakerTitle, &e.SpeakerCountry,
		&e.Organization, &e.ArticleID, &e.ArticleURL, &e.ArticleTitle, &s.published, &s.feed, &e.Cue, &s.person}, extra...)
	return s
}

// scan reads the next row. The names of the state and the feed are left
// to nameQuotes, once the rows are closed: looking them up may need a
// connection of its own.
func (s *quoteScan) scan(sc interface{ Scan(...any) error }) (QuoteEntry, error) {
	if err := sc.Scan(s.dest...); err != nil {
		return QuoteEntry{}, err
	}
	e := s.e
	e.Published = s.published.String
	if s.person.Valid {
		id := s.person.Int64
		e.PersonID = &id
	}
	e.feedID = s.feed
	return e, nil
}

// nameQuotes fills in the names of the states and feeds of quotes.
func (db *DB) nameQuotes(ctx context.Context, quotes []QuoteEntry) error {
	for i := range quotes {
		if err := db.nameQuote(ctx, &quotes[i]); err != nil {
			return err
		}
	}
	return nil
}

// nameQuote fills in the names of the state and feed of e.
func (db *DB) nameQuote(ctx context.Context, e *QuoteEntry) error {
	var err error
	if e.SpeakerCountryName, err = db.names.country(ctx, db, e.SpeakerCountry); err != nil {
		return err
	}
	e.Feed, e.FeedTitle, err = db.names.feed(ctx, db, e.feedID)
	return err
}

// ListQuotes returns a page of the quotes q selects. Pages follow one
// another by keyset (the cursor holds the date and id of the last quote),
// so that each costs the same however deep and none is skipped or repeated
// while new articles arrive. A bad Cursor fails with ErrCursor.
func (db *DB) ListQuotes(ctx context.Context, q QuoteQuery) (QuotePage, error) {
	fp := q.fingerprint()
	after, err := parseCursor(fp, q.Cursor)
	if err != nil {
		return QuotePage{}, err
	}
	if q.Search.none || (q.Speaker != "" && Fold(q.Speaker) == "") {
		return QuotePage{Quotes: []QuoteEntry{}}, nil
	}
	w, err := db.quotePlan(ctx, q)
	if err != nil {
		return QuotePage{}, fmt.Errorf("storage: list quotes: %w", err)
	}
	if w.byID {
		rows, next, ok, err := db.fewQuotes(ctx, q, after)
		if err != nil {
			return QuotePage{}, fmt.Errorf("storage: list quotes: %w", err)
		}
		if ok {
			return quotePage(fp, rows, next), nil
		}
	}
	// a page is found by ids and dates alone; its rows are read afterwards
	build := func(cond string, args []any, order string) (string, []any) {
		return "SELECT q.id, q.published FROM " + w.from(db) + " WHERE " + strings.Join(append(append([]string{}, w.conds...), cond), " AND ") +
			" ORDER BY " + order + " LIMIT ?", append(append([]any{}, w.args...), args...)
	}
	var published sql.NullString
	keys, next, err := page(ctx, db, q.Limit, after, keyset{published: "q.published", id: "q.id", sorted: !w.inOrder}, build,
		func(rows *sql.Rows) (int64, pageKey, error) {
			var k pageKey
			err := rows.Scan(&k.ID, &published)
			k.Published = published.String
			return k.ID, k, err
		})
	var rows []QuoteEntry
	if err == nil {
		rows, err = db.quoteEntries(ctx, keys)
	}
	if err != nil {
		return QuotePage{}, fmt.Errorf("storage: list quotes: %w", err)
	}
	return quotePage(fp, rows, next), nil
}

// quotePage is a page of rows, with the cursor of the listing fp after
// next unless it is the last.
func quotePage(fp string, rows []QuoteEntry, next *pageKey) QuotePage {
	p := QuotePage{Quotes: rows}
	if next != nil {
		p.Next = cursor(fp, *next)
	}
	return p
}

// EachQuote calls fn with every quote q selects, from q.Cursor on, in the
// order of ListQuotes, reading a page of q.Limit (0: 1,000) at a time: a
// long export holds no read transaction open and only one page in memory.
// It stops at the first error fn returns.
func (db *DB) EachQuote(ctx context.Context, q QuoteQuery, fn func(QuoteEntry) error) error {
	if q.Limit <= 0 {
		q.Limit = 1000
	}
	for {
		p, err := db.ListQuotes(ctx, q)
		if err != nil {
			return err
		}
		for _, e := range p.Quotes {
			if err := fn(e); err != nil {
				return err
			}
		}
		if p.Next == "" {
			return nil
		}
		q.Cursor = p.Next
	}
}

// QuoteDetail is a quote with where it stands in its article.
type QuoteDetail struct {
	QuoteEntry
	// Start and End are the quote's span in the article body, in code
	// points, end exclusive.
	Start int `json:"start_offset"`
	End   int `json:"end_offset"`
	// Context is the paragraph (or paragraphs) of the body the quote stands
	// in; ContextStart is its offset in the body, in code points.
	Context      string `json:"context"`
	ContextStart int    `json:"context_start"`
}

// Quote returns one quote with its context, or ErrNotFound.
func (db *DB) Quote(ctx context.Context, id int64) (QuoteDetail, error) {
	var d QuoteDetail
	var body string
	row := db.sql.QueryRowContext(ctx, quoteSelect+", q.start_offset, q.end_offset, a.body"+quoteFrom+" WHERE q.id = ?", id)
	e, err := db.newQuoteScan(&d.Start, &d.End, &body).scan(row)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("%w: quote %d", ErrNotFound, id)
	}
	if err == nil {
		err = db.nameQuote(ctx, &e)
	}
	if err != nil {
		return d, fmt.Errorf("storage: quote %d: %w", id, err)
	}
	d.QuoteEntry = e
	d.Context, d.ContextStart = paragraph(body, d.Start, d.End)
	return d, nil
}

// paragraph returns the lines of body (paragraphs are separated by line
// breaks) that hold the code-point span [start, end), and where they begin.
func paragraph(body string, start, end int) (string, int) {
	r := []rune(body)
	start = min(max(start, 0), len(r))
	end = min(max(end, start), len(r))
	from := start
	for from > 0 && r[from-1] != '\n' {
		from--
	}
	to := end
	for to < len(r) && r[to] != '\n' {
		to++
	}
	return string(r[from:to]), from
}
