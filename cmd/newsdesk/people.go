package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsdesk/newsdesk/storage"
)

// runPeople lists people across articles: each person once, with every
// form of their name, how often they were named and quoted, and their
// roles over time.
func runPeople(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "people", "")
	l := &listFlags{}
	fs.StringVar(&l.db, "db", defaultDB(), dbUsage+"; must exist")
	fs.StringVar(&l.speaker, "name", "", "any form of the person's `name`; case, accents and partial names forgiven (\"abdelatty\")")
	fs.StringVar(&l.country, "country", "", "ISO 3166-1 `code` of a state the person held a role of")
	fs.StringVar(&l.org, "org", "", "`name` of a body the person held a role of, or part of it")
	fs.StringVar(&l.search, "search", "", "`words` that must all occur in an article naming the person")
	fs.StringVar(&l.since, "since", "", "named in an article published on or after `date` (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&l.until, "until", "", "named in an article published on or before `date` (a whole day for YYYY-MM-DD)")
	fs.IntVar(&l.limit, "limit", 0, "at most `N` rows (0: all)")
	fs.StringVar(&l.format, "format", "table", "output `format`: table, json, jsonl or csv")
	db, f, err := l.open(ctx, e, fs, args, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.People(ctx, f)
	if err != nil {
		return err
	}
	out := listing[storage.PersonRow]{
		rows:   rows,
		header: []string{"id", "name", "aliases", "articles", "quotes", "roles"},
		record: func(r storage.PersonRow) []string {
			return []string{strconv.FormatInt(r.ID, 10), r.Name, strings.Join(r.Aliases, "; "), strconv.Itoa(r.Articles),
				strconv.Itoa(r.Quotes), roles(r.Roles, true)}
		},
		columns: []column{{name: "ID", max: 6, right: true, drop: 2}, {name: "NAME", max: 24}, {name: "ALIASES", max: 30, drop: 1},
			{name: "ARTS", max: 5, right: true}, {name: "QUOTES", max: 6, right: true}, {name: "ROLES"}},
		cells: func(r storage.PersonRow) []string {
			return []string{strconv.FormatInt(r.ID, 10), r.Name, strings.Join(r.Aliases, "; "), strconv.Itoa(r.Articles),
				strconv.Itoa(r.Quotes), roles(r.Roles, false)}
		},
	}
	return out.write(e.stdout, l.format)
}

// roles writes roles on one line: "Foreign Minister (EG) 2026-11-16..2026-11-19";
// full writes whole times, for CSV.
func roles(rs []storage.PersonRole, full bool) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		s := r.Title
		if where := strings.Join(nonEmpty(r.Country, r.Organization), ", "); where != "" {
			s += " (" + where + ")"
		}
		first, last := r.FirstSeen, r.LastSeen
		if !full {
			first, last = datePart(first), datePart(last)
		}
		switch {
		case first == last && first != "":
			s += " " + first
		case first != "":
			s += fmt.Sprintf(" %s..%s", first, last)
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
