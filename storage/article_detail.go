package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// FeedRef names a feed an article was seen in.
type FeedRef struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// CountryMention is a state an article mentions, and how often.
type CountryMention struct {
	Code     string `json:"code"` // ISO 3166-1
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
}

// ArticleDetail is a stored article and every record extracted from it.
// Unknown text values are "".
type ArticleDetail struct {
	ID               int64  `json:"id"`
	URL              string `json:"url"`
	Title            string `json:"title"`
	Byline           string `json:"byline"`
	Published        string `json:"published"` // RFC 3339, UTC
	Language         string `json:"language"`
	FetchedAt        string `json:"fetched_at"`
	ExtractorVersion string `json:"extractor_version"` // the rules that made its records
	// Body is the article's plain text; every offset counts code points in it.
	Body      string           `json:"body"`
	Feeds     []FeedRef        `json:"feeds"`
	Officials []OfficialEntry  `json:"officials"`
	Countries []CountryMention `json:"countries"`
	Quotes    []QuoteDetail    `json:"quotes"` // in text order
	Troops    []FigureEntry    `json:"troops"`
	Deaths    []FigureEntry    `json:"deaths"`
}

// allRows is the page size that lists every record of one article.
const allRows = 1 << 20

// Article returns a stored article with its records, or ErrNotFound.
func (db *DB) Article(ctx context.Context, id int64) (ArticleDetail, error) {
	var d ArticleDetail
	var title, byline, published, lang sql.NullString
	err := db.sql.QueryRowContext(ctx, `SELECT id, url, title, byline, published, language, fetched_at, extractor_version, body
		FROM articles WHERE id = ?`, id).Scan(&d.ID, &d.URL, &title, &byline, &published, &lang, &d.FetchedAt, &d.ExtractorVersion, &d.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("%w: article %d", ErrNotFound, id)
	}
	if err != nil {
		return d, fmt.Errorf("storage: article %d: %w", id, err)
	}
	d.Title, d.Byline, d.Published, d.Language = title.String, byline.String, published.String, lang.String
	if d.Feeds, err = db.articleFeeds(ctx, id); err != nil {
		return d, err
	}
	if d.Countries, err = db.articleCountries(ctx, id); err != nil {
		return d, err
	}
	if d.Quotes, err = db.articleQuotes(ctx, id, d.Body); err != nil {
		return d, err
	}
	officials, err := db.ListOfficials(ctx, OfficialQuery{ArticleID: id, Limit: allRows})
	if err != nil {
		return d, err
	}
	d.Officials = officials.Officials
	d.Troops, d.Deaths = []FigureEntry{}, []FigureEntry{}
	figures, err := db.ListFigures(ctx, FigureQuery{ArticleID: id, Limit: allRows})
	if err != nil {
		return d, err
	}
	for _, f := range figures.Figures {
		if f.Kind == FigureTroops {
			d.Troops = append(d.Troops, f)
		} else {
			d.Deaths = append(d.Deaths, f)
		}
	}
	return d, nil
}

func (db *DB) articleFeeds(ctx context.Context, id int64) ([]FeedRef, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT f.url, COALESCE(f.title, '') FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
		WHERE fa.article_id = ? ORDER BY f.id`, id)
	if err != nil {
		return nil, fmt.Errorf("storage: article %d: feeds: %w", id, err)
	}
	defer rows.Close()
	out := []FeedRef{}
	for rows.Next() {
		var f FeedRef
		if err := rows.Scan(&f.URL, &f.Title); err != nil {
			return nil, fmt.Errorf("storage: article %d: feeds: %w", id, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func (db *DB) articleCountries(ctx context.Context, id int64) ([]CountryMention, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT ac.country_code, COALESCE(c.name, ac.country_code), ac.mentions
		FROM article_countries ac LEFT JOIN countries c ON c.code = ac.country_code
		WHERE ac.article_id = ? ORDER BY ac.mentions DESC, ac.country_code`, id)
	if err != nil {
		return nil, fmt.Errorf("storage: article %d: countries: %w", id, err)
	}
	defer rows.Close()
	out := []CountryMention{}
	for rows.Next() {
		var c CountryMention
		if err := rows.Scan(&c.Code, &c.Name, &c.Mentions); err != nil {
			return nil, fmt.Errorf("storage: article %d: countries: %w", id, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (db *DB) articleQuotes(ctx context.Context, id int64, body string) ([]QuoteDetail, error) {
	out, err := db.readArticleQuotes(ctx, id)
	for i := range out {
		if err != nil {
			break
		}
		d := &out[i]
		d.Context, d.ContextStart = paragraph(body, d.Start, d.End)
		err = db.nameQuote(ctx, &d.QuoteEntry)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: article %d: quotes: %w", id, err)
	}
	return out, nil
}

// readArticleQuotes reads the quotes of article id, their names left to
// nameQuote (see quoteScan.scan).
func (db *DB) readArticleQuotes(ctx context.Context, id int64) ([]QuoteDetail, error) {
	rows, err := db.sql.QueryContext(ctx, quoteSelect+", q.start_offset, q.end_offset"+quoteFrom+
		" WHERE q.article_id = ? ORDER BY q.start_offset, q.id", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []QuoteDetail{}
	var d QuoteDetail
	sc := db.newQuoteScan(&d.Start, &d.End)
	for rows.Next() {
		e, err := sc.scan(rows)
		if err != nil {
			return nil, err
		}
		d.QuoteEntry = e
		out = append(out, d)
	}
	return out, rows.Err()
}
