package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/newsdesk/newsdesk/storage"
)

// listFlags are the filters and formats shared by quotes, officials and figures.
type listFlags struct {
	db, speaker, country, org, search, since, until, format string
	limit                                                   int
}

func addListFlags(fs *flag.FlagSet, withSearch bool) *listFlags {
	l := &listFlags{}
	fs.StringVar(&l.db, "db", "newsdesk.db", "SQLite database `file` (must exist)")
	fs.StringVar(&l.speaker, "speaker", "", "person `name`; case, accents and partial names forgiven")
	fs.StringVar(&l.country, "country", "", "ISO 3166-1 `code` of the speaker's or official's country")
	fs.StringVar(&l.org, "org", "", "organisation `name`, or part of it")
	if withSearch {
		fs.StringVar(&l.search, "search", "", "full-text search in quote text and speaker")
	}
	fs.StringVar(&l.since, "since", "", "articles published on or after `date` (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&l.until, "until", "", "articles published before `date`")
	fs.IntVar(&l.limit, "limit", 0, "at most `N` rows (0: all)")
	fs.StringVar(&l.format, "format", "table", "output `format`: table, json, jsonl or csv")
	return l
}

// filter checks the flags and turns them into a storage.Filter.
func (l *listFlags) filter() (storage.Filter, error) {
	f := storage.Filter{Speaker: l.speaker, Country: l.country, Org: l.org, Search: l.search, Limit: l.limit}
	switch l.format {
	case "table", "json", "jsonl", "csv":
	default:
		return f, fmt.Errorf("-format must be table, json, jsonl or csv, not %q", l.format)
	}
	if l.limit < 0 {
		return f, fmt.Errorf("-limit must not be negative")
	}
	if l.country != "" && (len(l.country) != 2 || strings.ToUpper(l.country) != strings.Map(upperASCII, l.country)) {
		return f, fmt.Errorf("-country must be a two-letter ISO code, not %q", l.country)
	}
	var err error
	if f.Since, err = parseDate(l.since); err != nil {
		return f, fmt.Errorf("-since: %w", err)
	}
	if f.Until, err = parseDate(l.until); err != nil {
		return f, fmt.Errorf("-until: %w", err)
	}
	return f, nil
}

func upperASCII(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	if r >= 'A' && r <= 'Z' {
		return r
	}
	return -1
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (YYYY-MM-DD or RFC 3339)", s)
}

func openForReading(ctx context.Context, path string) (*storage.DB, error) {
	return storage.Open(ctx, path, storage.Options{MustExist: true})
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "")
	l := addListFlags(fs, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := l.filter()
	if err != nil {
		return usageError(e, fs, "%v", err)
	}
	db, err := openForReading(ctx, l.db)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Quotes(ctx, f)
	if err != nil {
		return err
	}
	header := []string{"text", "speaker", "speaker_title", "speaker_country", "organization", "article_url", "article_title", "published", "feed"}
	cells := func(r storage.QuoteRow) []string {
		return []string{r.Text, r.Speaker, r.SpeakerTitle, r.SpeakerCountry, r.Organization, r.ArticleURL, r.ArticleTitle, r.Published, r.Feed}
	}
	table := tableSpec{cols: []string{"SPEAKER", "TITLE", "CTRY", "QUOTE", "PUBLISHED"}, widths: []int{22, 18, 4, 60, 10},
		row: func(i int) []string {
			r := rows[i]
			return []string{r.Speaker, r.SpeakerTitle, r.SpeakerCountry, r.Text, datePart(r.Published)}
		}}
	return writeRows(e.stdout, l.format, rows, header, func(i int) []string { return cells(rows[i]) }, table)
}

func runOfficials(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "officials", "")
	l := addListFlags(fs, false)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := l.filter()
	if err != nil {
		return usageError(e, fs, "%v", err)
	}
	db, err := openForReading(ctx, l.db)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Officials(ctx, f)
	if err != nil {
		return err
	}
	header := []string{"person", "title", "country", "organization", "article_title", "article_url", "published"}
	table := tableSpec{cols: []string{"PERSON", "TITLE", "CTRY", "ORGANIZATION", "ARTICLE", "PUBLISHED"}, widths: []int{24, 28, 4, 16, 36, 10},
		row: func(i int) []string {
			r := rows[i]
			return []string{r.Person, r.Title, r.Country, r.Organization, r.ArticleTitle, datePart(r.Published)}
		}}
	return writeRows(e.stdout, l.format, rows, header, func(i int) []string {
		r := rows[i]
		return []string{r.Person, r.Title, r.Country, r.Organization, r.ArticleTitle, r.ArticleURL, r.Published}
	}, table)
}

func runFigures(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "figures", "")
	l := addListFlags(fs, false)
	kind := fs.String("kind", "", "`troops` or deaths (default: both)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := l.filter()
	if err != nil {
		return usageError(e, fs, "%v", err)
	}
	if *kind != "" && *kind != "troops" && *kind != "deaths" {
		return usageError(e, fs, "-kind must be troops or deaths, not %q", *kind)
	}
	if l.speaker != "" || l.org != "" {
		return usageError(e, fs, "-speaker and -org do not apply to figures")
	}
	db, err := openForReading(ctx, l.db)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Figures(ctx, *kind, f)
	if err != nil {
		return err
	}
	header := []string{"kind", "count", "approximate", "cumulative", "country", "unit", "evidence", "article_title", "article_url", "published"}
	table := tableSpec{cols: []string{"KIND", "COUNT", "~", "CTRY", "UNIT", "EVIDENCE", "PUBLISHED"}, widths: []int{6, 9, 1, 4, 12, 62, 10},
		row: func(i int) []string {
			r := rows[i]
			return []string{r.Kind, strconv.FormatInt(r.Count, 10), mark(r.Approximate), r.Country, r.Unit, r.Evidence, datePart(r.Published)}
		}}
	return writeRows(e.stdout, l.format, rows, header, func(i int) []string {
		r := rows[i]
		return []string{r.Kind, strconv.FormatInt(r.Count, 10), strconv.FormatBool(r.Approximate), strconv.FormatBool(r.Cumulative),
			r.Country, r.Unit, r.Evidence, r.ArticleTitle, r.ArticleURL, r.Published}
	}, table)
}

func mark(b bool) string {
	if b {
		return "~"
	}
	return ""
}

func datePart(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// tableSpec is the terminal table of a listing.
type tableSpec struct {
	cols   []string
	widths []int
	row    func(i int) []string
}

// writeRows prints rows (a slice) in the chosen format.
func writeRows[T any](w io.Writer, format string, rows []T, header []string, cells func(int) []string, t tableSpec) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(header); err != nil {
			return err
		}
		for i := range rows {
			if err := cw.Write(cells(i)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.cols, "\t"))
	for i := range rows {
		cs := t.row(i)
		for k := range cs {
			cs[k] = clip(cs[k], t.widths[k])
		}
		fmt.Fprintln(tw, strings.Join(cs, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", len(rows))
	return err
}

// clip shortens s to n code points with an ellipsis, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
