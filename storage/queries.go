package storage

import (
	"context"
	"database/sql"
	"fmt"
)

// QuoteRow is one quote as listed for newsroom tools. Unknown values are "".
type QuoteRow struct {
	Text           string `json:"text"`
	Speaker        string `json:"speaker"`
	SpeakerTitle   string `json:"speaker_title"`
	SpeakerCountry string `json:"speaker_country"` // ISO 3166-1 code
	Organization   string `json:"organization"`
	ArticleURL     string `json:"article_url"`
	ArticleTitle   string `json:"article_title"`
	Published      string `json:"published"` // RFC 3339, UTC
	Feed           string `json:"feed"`      // the feed the article was first seen in
}

// Quotes lists stored quotes with their speakers and articles, newest
// articles first and in text order within an article.
func (db *DB) Quotes(ctx context.Context, f Filter) ([]QuoteRow, error) {
	out := []QuoteRow{}
	if f.matchesNothing() {
		return out, nil
	}
	w := db.filterWhere(f, filterCols{speakerKey: "COALESCE(p.name_key, q.speaker_key)", country: "v.speaker_country",
		org: "v.organization", published: "v.published"})
	if f.Search != "" {
		w.add(db.matchQuotes("v.quote_id"), db.searchArg(ftsQuery(f.Search)))
	}
	q := `SELECT v.text, v.speaker, COALESCE(v.speaker_title, ''), COALESCE(v.speaker_country, ''),
		COALESCE(v.organization, ''), v.article_url, COALESCE(v.article_title, ''), COALESCE(v.published, ''), COALESCE(v.feed, '')
		FROM v_quotes v JOIN quotes q ON q.id = v.quote_id LEFT JOIN people p ON p.id = q.speaker_person_id` +
		w.String() + " ORDER BY v.published DESC, v.quote_id LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, q, append(w.args, f.limit())...)
	if err != nil {
		return nil, fmt.Errorf("storage: list quotes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r QuoteRow
		if err := rows.Scan(&r.Text, &r.Speaker, &r.SpeakerTitle, &r.SpeakerCountry, &r.Organization,
			&r.ArticleURL, &r.ArticleTitle, &r.Published, &r.Feed); err != nil {
			return nil, fmt.Errorf("storage: list quotes: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list quotes: %w", err)
	}
	return out, nil
}

// OfficialRow is one person in a role in an article. Unknown values are "".
type OfficialRow struct {
	Person       string `json:"person"`
	Title        string `json:"title"`
	Country      string `json:"country"` // ISO 3166-1 code
	Organization string `json:"organization"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"` // RFC 3339, UTC
}

// Officials lists officials, newest articles first. Filter.Speaker matches
// the person, Filter.Search the article.
func (db *DB) Officials(ctx context.Context, f Filter) ([]OfficialRow, error) {
	out := []OfficialRow{}
	if f.matchesNothing() {
		return out, nil
	}
	w := db.filterWhere(f, filterCols{speakerKey: "p.name_key", country: "v.country", org: "v.organization",
		published: "v.published", article: "v.article_id"})
	q := `SELECT v.person, v.title, COALESCE(v.country, ''), COALESCE(v.organization, ''), COALESCE(v.article_title, ''),
		v.article_url, COALESCE(v.published, '') FROM v_officials v JOIN people p ON p.id = v.person_id` +
		w.String() + " ORDER BY v.published DESC, v.person, v.official_id LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, q, append(w.args, f.limit())...)
	if err != nil {
		return nil, fmt.Errorf("storage: list officials: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r OfficialRow
		if err := rows.Scan(&r.Person, &r.Title, &r.Country, &r.Organization, &r.ArticleTitle, &r.ArticleURL, &r.Published); err != nil {
			return nil, fmt.Errorf("storage: list officials: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list officials: %w", err)
	}
	return out, nil
}

// FigureRow is a troop figure or a death toll. Unknown values are "".
type FigureRow struct {
	Kind         string `json:"kind"` // FigureTroops or FigureDeaths
	Count        int64  `json:"count"`
	Approximate  bool   `json:"approximate"`
	Cumulative   bool   `json:"cumulative"` // deaths: a running toll
	Country      string `json:"country"`    // troops: the state that sends or holds them
	Unit         string `json:"unit"`       // troops: "troops", "peacekeepers", ...
	Evidence     string `json:"evidence"`   // the sentence that states it
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"` // RFC 3339, UTC
}

// Kinds of figure.
const (
	FigureTroops = "troops"
	FigureDeaths = "deaths"
)

// Figures lists troop figures and death tolls, newest articles first.
// kind is FigureTroops, FigureDeaths or "" for both. Death tolls carry no
// country: with Filter.Country set, kind "" lists troops only and
// FigureDeaths fails with ErrFilter. Filter.Speaker and Filter.Org do not
// apply; Filter.Search matches the article.
func (db *DB) Figures(ctx context.Context, kind string, f Filter) ([]FigureRow, error) {
	switch kind {
	case "", FigureTroops, FigureDeaths:
	default:
		return nil, fmt.Errorf("%w: unknown figure kind %q", ErrFilter, kind)
	}
	if f.Speaker != "" || f.Org != "" {
		return nil, fmt.Errorf("%w: figures have no speaker or organisation", ErrFilter)
	}
	if kind == FigureDeaths && f.Country != "" {
		return nil, fmt.Errorf("%w: death tolls have no country", ErrFilter)
	}
	out := []FigureRow{}
	if f.matchesNothing() {
		return out, nil
	}
	var q string
	var args []any
	if kind != FigureDeaths {
		w := db.filterWhere(f, filterCols{country: "country", published: "published", article: "article_id"})
		q = `SELECT 'troops' AS kind, count, approximate, 0 AS cumulative, COALESCE(country, '') AS country,
			COALESCE(unit, '') AS unit, evidence, COALESCE(article_title, '') AS article_title, article_url,
			COALESCE(published, '') AS published, troop_id AS id FROM v_troops` + w.String()
		args = append(args, w.args...)
	}
	if kind != FigureTroops && f.Country == "" {
		w := db.filterWhere(f, filterCols{published: "published", article: "article_id"})
		if q != "" {
			q += " UNION ALL "
		}
		q += `SELECT 'deaths' AS kind, count, approximate, cumulative, '' AS country, '' AS unit, evidence,
			COALESCE(article_title, '') AS article_title, article_url, COALESCE(published, '') AS published,
			death_id AS id FROM v_deaths` + w.String()
		args = append(args, w.args...)
	}
	q += " ORDER BY published DESC, kind DESC, id LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, q, append(args, f.limit())...)
	if err != nil {
		return nil, fmt.Errorf("storage: list figures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r FigureRow
		var approx, cum sql.NullInt64
		var id int64
		if err := rows.Scan(&r.Kind, &r.Count, &approx, &cum, &r.Country, &r.Unit, &r.Evidence, &r.ArticleTitle,
			&r.ArticleURL, &r.Published, &id); err != nil {
			return nil, fmt.Errorf("storage: list figures: %w", err)
		}
		r.Approximate, r.Cumulative = approx.Int64 != 0, cum.Int64 != 0
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list figures: %w", err)
	}
	return out, nil
}
