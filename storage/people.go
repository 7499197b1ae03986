package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Role is an office or position a person was named in: a title, and the
// state (ISO 3166-1 code) or the non-state body it belongs to.
type Role struct {
	Title        string `json:"title"`
	Country      string `json:"country"`
	Organization string `json:"organization"`
}

// PersonSummary is a person with how often and when they were in the news.
type PersonSummary struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Quotes int    `json:"quotes"` // quotes they are the speaker of
	// Roles are the distinct roles articles gave them, the latest first.
	Roles []Role `json:"roles"`
	// FirstSeen and LastSeen are the earliest and latest publication
	// times (RFC 3339) of the articles that name them; "" when none is dated.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
}

// PeopleQuery selects people for ListPeople.
type PeopleQuery struct {
	// Name matches as Filter.Speaker does: case, accents and partial
	// names forgiven. "" lists everyone.
	Name string
	// Limit is the number of people a page holds; 0 means DefaultPageSize.
	Limit int
	// Cursor resumes the listing after a page: PeoplePage.Next.
	Cursor string
}

// PeoplePage is a page of people, the most quoted first.
type PeoplePage struct {
	People []PersonSummary
	Next   string // "" on the last page
}

// peopleColumns computes a person's summary; p is the people row.
const peopleColumns = `p.id, p.name,
	(SELECT COUNT(*) FROM quotes q WHERE q.speaker_person_id = p.id) AS n,
	(SELECT MIN(a.published) FROM articles a WHERE a.id IN
		(SELECT article_id FROM officials WHERE person_id = p.id UNION SELECT article_id FROM quotes WHERE speaker_person_id = p.id)),
	(SELECT MAX(a.published) FROM articles a WHERE a.id IN
		(SELECT article_id FROM officials WHERE person_id = p.id UNION SELECT article_id FROM quotes WHERE speaker_person_id = p.id))`

// ListPeople returns a page of people, the most quoted first (then by
// id), each with their roles. A bad Cursor fails with ErrCursor.
func (db *DB) ListPeople(ctx context.Context, q PeopleQuery) (PeoplePage, error) {
	fp := "people|" + Fold(q.Name)
	afterN, afterID, err := parsePeopleCursor(fp, q.Cursor)
	if err != nil {
		return PeoplePage{}, err
	}
	out := PeoplePage{People: []PersonSummary{}}
	if q.Name != "" && Fold(q.Name) == "" {
		return out, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultPageSize
	}
	w := db.filterWhere(Filter{Speaker: q.Name}, filterCols{speakerKey: "p.name_key"})
	inner := "SELECT " + peopleColumns + " FROM people p" + w.String()
	query := "SELECT * FROM (" + inner + ") u WHERE n < ? OR (n = ? AND id > ?) ORDER BY n DESC, id LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, query, append(w.args, afterN, afterN, afterID, limit+1)...)
	if err != nil {
		return out, fmt.Errorf("storage: list people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return out, fmt.Errorf("storage: list people: %w", err)
		}
		out.People = append(out.People, p)
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("storage: list people: %w", err)
	}
	if len(out.People) > limit {
		last := out.People[limit-1]
		out.People = out.People[:limit]
		out.Next = peopleCursor(fp, last.Quotes, last.ID)
	}
	if err := db.addRoles(ctx, out.People); err != nil {
		return out, err
	}
	return out, nil
}

// People pages are ordered by a count, not a date: their cursor holds the
// count in the place of the rank.
func peopleCursor(fp string, n int, id int64) string {
	return cursor(fp, pageKey{Rank: n, ID: id})
}

func parsePeopleCursor(fp, s string) (n int, id int64, err error) {
	k, err := parseCursor(fp, s)
	if err != nil || k == nil {
		// before the first page: more quotes than anyone has
		return int(^uint(0) >> 1), 0, err
	}
	return k.Rank, k.ID, nil
}

func scanPerson(sc interface{ Scan(...any) error }) (PersonSummary, error) {
	var p PersonSummary
	var first, last sql.NullString
	err := sc.Scan(&p.ID, &p.Name, &p.Quotes, &first, &last)
	p.FirstSeen, p.LastSeen, p.Roles = first.String, last.String, []Role{}
	return p, err
}

// addRoles fills in the distinct roles of each person, the latest first.
func (db *DB) addRoles(ctx context.Context, people []PersonSummary) error {
	if len(people) == 0 {
		return nil
	}
	at := map[int64]int{}
	args := make([]any, len(people))
	for i, p := range people {
		at[p.ID] = i
		args[i] = p.ID
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT o.person_id, o.title, COALESCE(o.country_code, ''), COALESCE(o.organization, '')
		FROM officials o JOIN articles a ON a.id = o.article_id
		WHERE o.person_id IN (`+placeholders(len(people))+`)
		GROUP BY o.person_id, o.title, o.country_code, o.organization
		ORDER BY o.person_id, MAX(COALESCE(a.published, '')) DESC, MIN(o.id)`, args...)
	if err != nil {
		return fmt.Errorf("storage: roles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var r Role
		if err := rows.Scan(&id, &r.Title, &r.Country, &r.Organization); err != nil {
			return fmt.Errorf("storage: roles: %w", err)
		}
		p := &people[at[id]]
		p.Roles = append(p.Roles, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: roles: %w", err)
	}
	return nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// RoleSpan is a role a person held in the news, and over what time.
type RoleSpan struct {
	Role
	CountryName string `json:"country_name"`
	// FirstSeen and LastSeen are the publication times (RFC 3339) of the
	// first and last articles that gave the role; "" when none is dated.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	Articles  int    `json:"articles"` // articles that gave it
}

// PersonDetail is a person and their roles over time, the earliest first.
// Their quotes are listed by ListQuotes with QuoteQuery.PersonID.
type PersonDetail struct {
	PersonSummary
	RolesOverTime []RoleSpan `json:"roles_over_time"`
}

// Person returns one person, or ErrNotFound.
func (db *DB) Person(ctx context.Context, id int64) (PersonDetail, error) {
	var d PersonDetail
	p, err := scanPerson(db.sql.QueryRowContext(ctx, "SELECT "+peopleColumns+" FROM people p WHERE p.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("%w: person %d", ErrNotFound, id)
	}
	if err != nil {
		return d, fmt.Errorf("storage: person %d: %w", id, err)
	}
	ps := []PersonSummary{p}
	if err := db.addRoles(ctx, ps); err != nil {
		return d, err
	}
	d.PersonSummary = ps[0]
	rows, err := db.sql.QueryContext(ctx, `SELECT o.title, COALESCE(o.country_code, ''), COALESCE(c.name, ''), COALESCE(o.organization, ''),
		MIN(a.published), MAX(a.published), COUNT(DISTINCT o.article_id)
		FROM officials o JOIN articles a ON a.id = o.article_id LEFT JOIN countries c ON c.code = o.country_code
		WHERE o.person_id = ?
		GROUP BY o.title, o.country_code, c.name, o.organization
		ORDER BY MIN(a.published) IS NULL, MIN(a.published), MIN(o.id)`, id)
	if err != nil {
		return d, fmt.Errorf("storage: person %d: %w", id, err)
	}
	defer rows.Close()
	d.RolesOverTime = []RoleSpan{}
	for rows.Next() {
		var r RoleSpan
		var first, last sql.NullString
		if err := rows.Scan(&r.Title, &r.Country, &r.CountryName, &r.Organization, &first, &last, &r.Articles); err != nil {
			return d, fmt.Errorf("storage: person %d: %w", id, err)
		}
		r.FirstSeen, r.LastSeen = first.String, last.String
		d.RolesOverTime = append(d.RolesOverTime, r)
	}
	if err := rows.Err(); err != nil {
		return d, fmt.Errorf("storage: person %d: %w", id, err)
	}
	return d, nil
}
