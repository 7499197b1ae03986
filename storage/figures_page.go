package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// FigureQuery selects troop figures and death tolls for ListFigures. Zero
// values mean no restriction.
type FigureQuery struct {
	// Kind is FigureTroops, FigureDeaths or "" for both.
	Kind string
	// Country is the ISO 3166-1 code of the state that sends or holds the
	// troops. Death tolls carry no country: with Country set, Kind ""
	// lists troops only and FigureDeaths fails with ErrFilter.
	Country string
	// Search is full-text search over the article's title and body.
	Search Search
	// Since and Until bound the article's publication time: Since <= t < Until.
	Since, Until time.Time
	// ArticleID is the article.
	ArticleID int64
	// Limit is the number of rows a page holds; 0 means DefaultPageSize.
	Limit int
	// Cursor resumes the listing after a page: FigurePage.Next.
	Cursor string
}

func (q FigureQuery) fingerprint() string {
	return fmt.Sprintf("figures|%s|%s|%s|%v|%s|%s|%d", q.Kind, strings.ToUpper(strings.TrimSpace(q.Country)),
		q.Search.expr, q.Search.none, timeKey(q.Since), timeKey(q.Until), q.ArticleID)
}

// FigureEntry is a troop figure or a death toll with its article. Unknown
// text values are "".
type FigureEntry struct {
	ID           int64  `json:"id"`   // unique within its kind
	Kind         string `json:"kind"` // FigureTroops or FigureDeaths
	Count        int64  `json:"count"`
	Approximate  bool   `json:"approximate"`  // "about 4,000"
	Cumulative   bool   `json:"cumulative"`   // deaths: a running toll, not one incident
	Country      string `json:"country"`      // troops: the state that sends or holds them
	CountryName  string `json:"country_name"` // its English name
	Unit         string `json:"unit"`         // troops: "troops", "peacekeepers", ...
	Evidence     string `json:"evidence"`     // the sentence that states it
	ArticleID    int64  `json:"article_id"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"` // RFC 3339, UTC
}

// FigurePage is a page of figures, newest articles first, troop figures
// before death tolls of the same article.
type FigurePage struct {
	Figures []FigureEntry
	Next    string // "" on the last page
}

// ListFigures returns a page of the figures q selects, by keyset as
// ListQuotes does. A bad Kind, or a Country with FigureDeaths, fails with
// ErrFilter; a bad Cursor with ErrCursor.
func (db *DB) ListFigures(ctx context.Context, q FigureQuery) (FigurePage, error) {
	switch {
	case q.Kind != "" && q.Kind != FigureTroops && q.Kind != FigureDeaths:
		return FigurePage{}, fmt.Errorf("%w: unknown figure kind %q", ErrFilter, q.Kind)
	case q.Kind == FigureDeaths && q.Country != "":
		return FigurePage{}, fmt.Errorf("%w: death tolls have no country", ErrFilter)
	}
	fp := q.fingerprint()
	after, err := parseCursor(fp, q.Cursor)
	if err != nil {
		return FigurePage{}, err
	}
	if q.Search.none {
		return FigurePage{Figures: []FigureEntry{}}, nil
	}
	var branches []string
	var args []any
	f := Filter{Country: q.Country, Since: q.Since, Until: q.Until}
	add := func(sel string, cols filterCols) {
		w := db.filterWhere(f, cols)
		if q.Search.expr != "" {
			w.add(db.matchArticles("a.id"), db.searchArg(q.Search))
		}
		if q.ArticleID != 0 {
			w.add("a.id = ?", q.ArticleID)
		}
		branches = append(branches, sel+w.String())
		args = append(args, w.args...)
	}
	if q.Kind != FigureDeaths {
		add(`SELECT 0 AS rank, t.id AS id, 'troops' AS kind, t.count AS count, t.approximate AS approximate, 0 AS cumulative,
			COALESCE(t.country_code, '') AS country, COALESCE(c.name, '') AS country_name, COALESCE(t.unit, '') AS unit,
			t.evidence AS evidence, a.id AS article_id, COALESCE(a.title, '') AS article_title, a.url AS article_url,
			a.published AS published
			FROM troop_figures t JOIN articles a ON a.id = t.article_id LEFT JOIN countries c ON c.code = t.country_code`,
			filterCols{country: "t.country_code", published: "a.published"})
	}
	if q.Kind != FigureTroops && q.Country == "" {
		add(`SELECT 1 AS rank, d.id AS id, 'deaths' AS kind, d.count AS count, d.approximate AS approximate,
			d.cumulative AS cumulative, '' AS country, '' AS country_name, '' AS unit, d.evidence AS evidence,
			a.id AS article_id, COALESCE(a.title, '') AS article_title, a.url AS article_url, a.published AS published
			FROM death_tolls d JOIN articles a ON a.id = d.article_id`, filterCols{published: "a.published"})
	}
	union := strings.Join(branches, " UNION ALL ")
	build := func(cond string, condArgs []any, order string) (string, []any) {
		return `SELECT rank, id, kind, count, approximate, cumulative, country, country_name, unit, evidence, article_id,
			article_title, article_url, published FROM (` + union + ") u WHERE " + cond + " ORDER BY " + order + " LIMIT ?",
			append(append([]any{}, args...), condArgs...)
	}
	rows, next, err := page(ctx, db, q.Limit, after, keyset{published: "published", rank: "rank", id: "id"}, build,
		func(rows *sql.Rows) (FigureEntry, pageKey, error) {
			var e FigureEntry
			var rank int
			var published sql.NullString
			err := rows.Scan(&rank, &e.ID, &e.Kind, &e.Count, &e.Approximate, &e.Cumulative, &e.Country, &e.CountryName,
				&e.Unit, &e.Evidence, &e.ArticleID, &e.ArticleTitle, &e.ArticleURL, &published)
			e.Published = published.String
			return e, pageKey{Published: e.Published, Rank: rank, ID: e.ID}, err
		})
	if err != nil {
		return FigurePage{}, fmt.Errorf("storage: list figures: %w", err)
	}
	p := FigurePage{Figures: rows}
	if next != nil {
		p.Next = cursor(fp, *next)
	}
	return p, nil
}
