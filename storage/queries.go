package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Filter narrows the listings. Zero values mean no restriction. Every value
// reaches SQL as a parameter, never as text of the query.
type Filter struct {
	Speaker string // person or speaker name, forgiving case, accents and partial names
	Country string // ISO code of the speaker's or official's country, or the troops' country
	Org     string // organisation, case-insensitive substring
	Search  string // full-text search (FTS5 syntax) over quote text and speaker
	Since   time.Time
	Until   time.Time
	Limit   int
}

// QuoteRow is one quote as listed for newsroom tools.
type QuoteRow struct {
	Text           string `json:"text"`
	Speaker        string `json:"speaker"`
	SpeakerTitle   string `json:"speaker_title"`
	SpeakerCountry string `json:"speaker_country"`
	Organization   string `json:"organization"`
	ArticleURL     string `json:"article_url"`
	ArticleTitle   string `json:"article_title"`
	Published      string `json:"published"`
	Feed           string `json:"feed"`
}

// where builds the shared WHERE clause; cols names the columns to test.
type filterCols struct {
	speakerKey string // folded speaker column
	country    string
	org        string
	published  string
}

func (f Filter) where(c filterCols) (string, []any) {
	var conds []string
	var args []any
	if f.Speaker != "" && c.speakerKey != "" {
		conds = append(conds, c.speakerKey+" LIKE ? ESCAPE '\\'")
		args = append(args, "%"+escapeLike(Fold(f.Speaker))+"%")
	}
	if f.Country != "" && c.country != "" {
		conds = append(conds, c.country+" = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Org != "" && c.org != "" {
		conds = append(conds, c.org+" LIKE ? ESCAPE '\\' COLLATE NOCASE")
		args = append(args, "%"+escapeLike(f.Org)+"%")
	}
	if !f.Since.IsZero() {
		conds = append(conds, c.published+" >= ?")
		args = append(args, f.Since.UTC().Format(time.RFC3339))
	}
	if !f.Until.IsZero() {
		conds = append(conds, c.published+" < ?")
		args = append(args, f.Until.UTC().Format(time.RFC3339))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func limitClause(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

// Quotes lists stored quotes with their speakers and articles, newest first.
func (db *DB) Quotes(ctx context.Context, f Filter) ([]QuoteRow, error) {
	q := `SELECT v.text, v.speaker, COALESCE(v.speaker_title, ''), COALESCE(v.speaker_country, ''),
		COALESCE(v.organization, ''), v.url, COALESCE(v.article_title, ''), COALESCE(v.published, ''), COALESCE(v.feed, '')
		FROM v_quotes v JOIN quotes q ON q.id = v.quote_id LEFT JOIN people p ON p.id = q.speaker_person_id`
	where, args := f.where(filterCols{speakerKey: "COALESCE(p.name_key, q.speaker_key)", country: "v.speaker_country",
		org: "v.organization", published: "v.published"})
	if f.Search != "" {
		cond := "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
		if where == "" {
			where = " WHERE " + cond
		} else {
			where += " AND " + cond
		}
		args = append(args, ftsQuery(f.Search))
	}
	q += where + " ORDER BY v.published DESC, q.id" + limitClause(f.Limit)
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: list quotes: %w", err)
	}
	defer rows.Close()
	out := []QuoteRow{}
	for rows.Next() {
		var r QuoteRow
		if err := rows.Scan(&r.Text, &r.Speaker, &r.SpeakerTitle, &r.SpeakerCountry, &r.Organization,
			&r.ArticleURL, &r.ArticleTitle, &r.Published, &r.Feed); err != nil {
			return nil, fmt.Errorf("storage: list quotes: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ftsQuery makes plain words safe for FTS5: each word is quoted, so that a
// user's "U.S." or "al-Hayya" is not read as query syntax.
func ftsQuery(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// OfficialRow is one person in a role in an article.
type OfficialRow struct {
	Person       string `json:"person"`
	Title        string `json:"title"`
	Country      string `json:"country"`
	Organization string `json:"organization"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"`
}

// Officials lists officials, newest articles first.
func (db *DB) Officials(ctx context.Context, f Filter) ([]OfficialRow, error) {
	q := `SELECT v.person, v.title, COALESCE(v.country, ''), COALESCE(v.organization, ''), COALESCE(v.article, ''),
		v.url, COALESCE(v.published, '') FROM v_officials v JOIN people p ON p.id = v.person_id`
	where, args := f.where(filterCols{speakerKey: "p.name_key", country: "v.country", org: "v.organization", published: "v.published"})
	q += where + " ORDER BY v.published DESC, v.person" + limitClause(f.Limit)
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: list officials: %w", err)
	}
	defer rows.Close()
	out := []OfficialRow{}
	for rows.Next() {
		var r OfficialRow
		if err := rows.Scan(&r.Person, &r.Title, &r.Country, &r.Organization, &r.ArticleTitle, &r.ArticleURL, &r.Published); err != nil {
			return nil, fmt.Errorf("storage: list officials: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// FigureRow is a troop figure or a death toll.
type FigureRow struct {
	Kind         string `json:"kind"` // "troops" or "deaths"
	Count        int64  `json:"count"`
	Approximate  bool   `json:"approximate"`
	Cumulative   bool   `json:"cumulative"`
	Country      string `json:"country"`
	Unit         string `json:"unit"`
	Evidence     string `json:"evidence"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"`
}

// Figures lists troop figures and death tolls, newest articles first.
// kind is "troops", "deaths" or "" for both.
func (db *DB) Figures(ctx context.Context, kind string, f Filter) ([]FigureRow, error) {
	var parts []string
	var args []any
	if kind == "" || kind == "troops" {
		w, a := f.where(filterCols{country: "country", published: "published"})
		parts = append(parts, `SELECT 'troops', count, approximate, 0, COALESCE(country, ''), COALESCE(unit, ''), evidence,
			COALESCE(article, ''), url, COALESCE(published, '') FROM v_troops`+w)
		args = append(args, a...)
	}
	if kind == "" || kind == "deaths" {
		f2 := f
		if f.Country != "" {
			// deaths carry no country: a country filter asks for troops only
			f2.Country = ""
			if kind == "deaths" {
				return nil, fmt.Errorf("storage: death tolls have no country to filter on")
			}
		}
		if f.Country == "" {
			w, a := f2.where(filterCols{published: "published"})
			parts = append(parts, `SELECT 'deaths', count, approximate, cumulative, '', '', evidence,
				COALESCE(article, ''), url, COALESCE(published, '') FROM v_deaths`+w)
			args = append(args, a...)
		}
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("storage: unknown figure kind %q", kind)
	}
	q := strings.Join(parts, " UNION ALL ") + " ORDER BY 10 DESC, 1, 2 DESC" + limitClause(f.Limit)
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: list figures: %w", err)
	}
	defer rows.Close()
	out := []FigureRow{}
	for rows.Next() {
		var r FigureRow
		var approx, cum sql.NullInt64
		if err := rows.Scan(&r.Kind, &r.Count, &approx, &cum, &r.Country, &r.Unit, &r.Evidence, &r.ArticleTitle, &r.ArticleURL, &r.Published); err != nil {
			return nil, fmt.Errorf("storage: list figures: %w", err)
		}
		r.Approximate, r.Cumulative = approx.Int64 != 0, cum.Int64 != 0
		out = append(out, r)
	}
	return out, rows.Err()
}
