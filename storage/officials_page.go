package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// OfficialQuery selects officials for ListOfficials. Zero values mean no
// restriction.
type OfficialQuery struct {
	// Name matches the person as Filter.Speaker does.
	Name string
	// Country is the ISO 3166-1 code of the role's state, any case.
	Country string
	// Org matches part of the role's organisation.
	Org string
	// Search is full-text search over the article's title and body.
	Search Search
	// Since and Until bound the article's publication time: Since <= t < Until.
	Since, Until time.Time
	// PersonID is the person (people.id); ArticleID the article.
	PersonID, ArticleID int64
	// Limit is the number of rows a page holds; 0 means DefaultPageSize.
	Limit int
	// Cursor resumes the listing after a page: OfficialPage.Next.
	Cursor string
}

func (q OfficialQuery) fingerprint() string {
	return fmt.Sprintf("officials|%s|%s|%s|%s|%v|%s|%s|%d|%d", Fold(q.Name), strings.ToUpper(strings.TrimSpace(q.Country)),
		strings.TrimSpace(q.Org), q.Search.expr, q.Search.none, timeKey(q.Since), timeKey(q.Until), q.PersonID, q.ArticleID)
}

// OfficialEntry is a person in a role in an article. Unknown text values
// are "".
type OfficialEntry struct {
	ID           int64  `json:"id"`
	Person       string `json:"person"`
	PersonID     int64  `json:"person_id"`
	Title        string `json:"title"`
	Country      string `json:"country"` // ISO 3166-1 code
	CountryName  string `json:"country_name"`
	Organization string `json:"organization"`
	ArticleID    int64  `json:"article_id"`
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url"`
	Published    string `json:"published"` // RFC 3339, UTC
}

// OfficialPage is a page of officials, newest articles first.
type OfficialPage struct {
	Officials []OfficialEntry
	Next      string // "" on the last page
}

// ListOfficials returns a page of the officials q selects, by keyset as
// ListQuotes does. A bad Cursor fails with ErrCursor.
func (db *DB) ListOfficials(ctx context.Context, q OfficialQuery) (OfficialPage, error) {
	fp := q.fingerprint()
	after, err := parseCursor(fp, q.Cursor)
	if err != nil {
		return OfficialPage{}, err
	}
	if q.Search.none || (q.Name != "" && Fold(q.Name) == "") {
		return OfficialPage{Officials: []OfficialEntry{}}, nil
	}
	f := Filter{Speaker: q.Name, Country: q.Country, Org: q.Org, Since: q.Since, Until: q.Until}
	w := db.filterWhere(f, filterCols{speakerKey: "p.name_key", country: "o.country_code", org: "o.organization", published: "a.published"})
	if q.Search.expr != "" {
		w.add(db.matchArticles("a.id"), db.searchArg(q.Search))
	}
	if q.PersonID != 0 {
		w.add("o.person_id = ?", q.PersonID)
	}
	if q.ArticleID != 0 {
		w.add("o.article_id = ?", q.ArticleID)
	}
	build := func(cond string, args []any, order string) (string, []any) {
		conds := append(append([]string{}, w.conds...), cond)
		return `SELECT o.id, p.name, o.person_id, o.title, COALESCE(o.country_code, ''), COALESCE(c.name, ''),
			COALESCE(o.organization, ''), o.article_id, COALESCE(a.title, ''), a.url, a.published
			FROM officials o JOIN people p ON p.id = o.person_id JOIN articles a ON a.id = o.article_id
			LEFT JOIN countries c ON c.code = o.country_code
			WHERE ` + strings.Join(conds, " AND ") + " ORDER BY " + order + " LIMIT ?", append(append([]any{}, w.args...), args...)
	}
	rows, next, err := page(ctx, db, q.Limit, after, keyset{published: "a.published", id: "o.id"}, build,
		func(rows *sql.Rows) (OfficialEntry, pageKey, error) {
			var e OfficialEntry
			var published sql.NullString
			err := rows.Scan(&e.ID, &e.Person, &e.PersonID, &e.Title, &e.Country, &e.CountryName, &e.Organization,
				&e.ArticleID, &e.ArticleTitle, &e.ArticleURL, &published)
			e.Published = published.String
			return e, pageKey{Published: e.Published, ID: e.ID}, err
		})
	if err != nil {
		return OfficialPage{}, fmt.Errorf("storage: list officials: %w", err)
	}
	p := OfficialPage{Officials: rows}
	if next != nil {
		p.Next = cursor(fp, *next)
	}
	return p, nil
}
