package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// ClusterRow is one quotation however often it was printed, as listed for
// newsroom tools. Unknown values are "".
type ClusterRow struct {
	Text      string `json:"text"`       // the longest form
	Speaker   string `json:"speaker"`    // the person or named body; "" when unresolved
	Sources   int    `json:"sources"`    // articles that print it
	Outlets   int    `json:"outlets"`    // distinct outlets (hosts) among them
	FirstSeen string `json:"first_seen"` // the earliest publication, RFC 3339, UTC
	ID        int64  `json:"cluster_id"`
}

// QuoteClusters lists quote clusters, the most printed first. A cluster
// is listed when one of its quotes passes the filter, which applies as in
// Quotes; its counts are always the whole cluster's.
func (db *DB) QuoteClusters(ctx context.Context, f Filter) ([]ClusterRow, error) {
	out := []ClusterRow{}
	if f.matchesNothing() {
		return out, nil
	}
	w := db.filterWhere(f, filterCols{speakerKey: "COALESCE(p.name_key, q.speaker_key)", country: "v.speaker_country",
		org: "v.organization", published: "v.published"})
	if f.Search != "" {
		w.add(db.matchQuotes("v.quote_id"), db.searchArg(ftsQuery(f.Search)))
	}
	q := `SELECT c.text, COALESCE(c.speaker, ''), c.sources, c.outlets, COALESCE(c.first_seen, ''), c.cluster_id FROM v_quote_clusters c`
	if len(w.conds) > 0 {
		q += ` WHERE c.cluster_id IN (SELECT q.cluster_id FROM v_quotes v JOIN quotes q ON q.id = v.quote_id
			LEFT JOIN people p ON p.id = q.speaker_person_id` + w.String() + ")"
	}
	q += " ORDER BY c.sources DESC, c.outlets DESC, c.first_seen DESC, c.cluster_id LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, q, append(w.args, f.limit())...)
	if err != nil {
		return nil, fmt.Errorf("storage: list quote clusters: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r ClusterRow
		if err := rows.Scan(&r.Text, &r.Speaker, &r.Sources, &r.Outlets, &r.FirstSeen, &r.ID); err != nil {
			return nil, fmt.Errorf("storage: list quote clusters: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list quote clusters: %w", err)
	}
	return out, nil
}

// PersonRow is a person across articles: every form of the name, how
// often they were named and quoted, and their roles over time.
type PersonRow struct {
	ID       int64        `json:"id"`
	Name     string       `json:"name"`
	Aliases  []string     `json:"aliases"` // every form of the name, the most used first
	Articles int          `json:"articles"`
	Quotes   int          `json:"quotes"`
	Roles    []PersonRole `json:"roles"` // earliest first
}

// PersonRole is a role a person was given, and when. Unknown values are "".
type PersonRole struct {
	Title        string `json:"title"`
	Country      string `json:"country"` // ISO 3166-1 code
	Organization string `json:"organization"`
	FirstSeen    string `json:"first_seen"` // RFC 3339, UTC
	LastSeen     string `json:"last_seen"`
	Articles     int    `json:"articles"`
}

// People lists people, the most often named first. Filter.Speaker matches
// any form of the name; Country and Org a role the person held; Since and
// Until an article that named them; Search the text of such an article.
func (db *DB) People(ctx context.Context, f Filter) ([]PersonRow, error) {
	out := []PersonRow{}
	if f.matchesNothing() {
		return out, nil
	}
	w := &where{}
	sub := func(cond, from string, g Filter, cols filterCols) {
		if s := db.filterWhere(g, cols); len(s.conds) > 0 {
			w.add("p.id IN (SELECT "+cond+" FROM "+from+s.String()+")", s.args...)
		}
	}
	sub("a.person_id", "aliases a", Filter{Speaker: f.Speaker}, filterCols{speakerKey: "a.alias_key"})
	sub("o.person_id", "officials o", Filter{Country: f.Country, Org: f.Org}, filterCols{country: "o.country_code", org: "o.organization"})
	sub("l.person_id", "person_links l JOIN articles a ON a.id = l.article_id", Filter{Since: f.Since, Until: f.Until, Search: f.Search},
		filterCols{published: "a.published", article: "a.id"})
	q := `SELECT p.id, p.name,
		(SELECT COUNT(DISTINCT l.article_id) FROM person_links l WHERE l.person_id = p.id) AS articles,
		(SELECT COUNT(*) FROM quotes q WHERE q.speaker_person_id = p.id) AS quotes
		FROM people p` + w.String() + " ORDER BY articles DESC, quotes DESC, p.name LIMIT ?"
	rows, err := db.sql.QueryContext(ctx, q, append(w.args, f.limit())...)
	if err != nil {
		return nil, fmt.Errorf("storage: list people: %w", err)
	}
	byID := map[int64]*PersonRow{}
	for rows.Next() {
		r := PersonRow{Aliases: []string{}, Roles: []PersonRole{}}
		if err := rows.Scan(&r.ID, &r.Name, &r.Articles, &r.Quotes); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: list people: %w", err)
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list people: %w", err)
	}
	for i := range out {
		byID[out[i].ID] = &out[i]
	}
	if err := db.personDetails(ctx, byID); err != nil {
		return nil, fmt.Errorf("storage: list people: %w", err)
	}
	return out, nil
}

// personDetails fills in the aliases and roles of the people listed, a
// few hundred at a time.
func (db *DB) personDetails(ctx context.Context, byID map[int64]*PersonRow) error {
	ids := make([]any, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), 500)]
		ids = ids[len(chunk):]
		in := "(?" + strings.Repeat(", ?", len(chunk)-1) + ")"
		err := db.each(ctx, "SELECT person_id, alias FROM aliases WHERE person_id IN "+in+" ORDER BY articles DESC, alias", chunk,
			func(rows *sql.Rows) error {
				var id int64
				var alias string
				if err := rows.Scan(&id, &alias); err != nil {
					return err
				}
				byID[id].Aliases = append(byID[id].Aliases, alias)
				return nil
			})
		if err != nil {
			return err
		}
		err = db.each(ctx, `SELECT o.person_id, MIN(o.title), COALESCE(o.country_code, ''), COALESCE(o.organization, ''),
			COALESCE(MIN(a.published), ''), COALESCE(MAX(a.published), ''), COUNT(DISTINCT o.article_id)
			FROM officials o JOIN articles a ON a.id = o.article_id WHERE o.person_id IN `+in+`
			GROUP BY o.person_id, LOWER(o.title), o.country_code, o.organization
			ORDER BY COALESCE(MIN(a.published), ''), MIN(o.title)`, chunk,
			func(rows *sql.Rows) error {
				var id int64
				var r PersonRole
				if err := rows.Scan(&id, &r.Title, &r.Country, &r.Organization, &r.FirstSeen, &r.LastSeen, &r.Articles); err != nil {
					return err
				}
				byID[id].Roles = append(byID[id].Roles, r)
				return nil
			})
		if err != nil {
			return err
		}
	}
	return nil
}

// each runs a query and calls fn on each row.
func (db *DB) each(ctx context.Context, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
