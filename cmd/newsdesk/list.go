package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/newsdesk/newsdesk/storage"
)

// listFlags are the filters and formats shared by quotes, officials and figures.
type listFlags struct {
	db, speaker, country, org, search, since, until, format string
	limit                                                   int
}

// addListFlags defines the filters and formats of a listing command,
// except the flags named in omit, which the command does not accept (so
// that its -h does not offer them). search says what -search looks in.
func addListFlags(fs *flag.FlagSet, search string, omit ...string) *listFlags {
	l := &listFlags{}
	for _, f := range []struct {
		p                *string
		name, def, usage string
	}{
		{&l.db, "db", defaultDB(), dbUsage + "; must exist"},
		{&l.speaker, "speaker", "", "person `name`; case, accents and partial names forgiven (\"erdogan\")"},
		{&l.country, "country", "", "ISO 3166-1 `code` of the speaker's or official's country"},
		{&l.org, "org", "", "organisation `name`, or part of it"},
		{&l.search, "search", "", "`words` that must all occur in " + search},
		{&l.since, "since", "", "articles published on or after `date` (YYYY-MM-DD or RFC 3339)"},
		{&l.until, "until", "", "articles published on or before `date` (a whole day for YYYY-MM-DD)"},
		{&l.format, "format", "table", "output `format`: table, json, jsonl or csv"},
	} {
		*f.p = f.def
		if !slices.Contains(omit, f.name) {
			fs.StringVar(f.p, f.name, f.def, f.usage)
		}
	}
	if !slices.Contains(omit, "limit") {
		fs.IntVar(&l.limit, "limit", 0, "at most `N` rows (0: all)")
	}
	return l
}

// filter checks the flags and turns them into a storage.Filter.
func (l *listFlags) filter() (storage.Filter, error) {
	f := storage.Filter{Speaker: l.speaker, Country: strings.ToUpper(l.country), Org: l.org, Search: l.search, Limit: l.limit}
	switch l.format {
	case "table", "json", "jsonl", "csv":
	default:
		return f, fmt.Errorf("--format must be table, json, jsonl or csv, not %q", l.format)
	}
	if l.limit < 0 {
		return f, errors.New("--limit must not be negative")
	}
	if l.country != "" && !isCountryCode(l.country) {
		return f, fmt.Errorf("--country must be a two-letter ISO 3166-1 code, not %q", l.country)
	}
	var err error
	if f.Since, _, err = parseDate(l.since); err != nil {
		return f, fmt.Errorf("--since: %w", err)
	}
	var day bool
	if f.Until, day, err = parseDate(l.until); err != nil {
		return f, fmt.Errorf("--until: %w", err)
	}
	if day {
		f.Until = f.Until.AddDate(0, 0, 1) // the whole day
	} else if !f.Until.IsZero() {
		f.Until = f.Until.Add(time.Second) // storage's Until is exclusive; times are stored to the second
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return f, errors.New("--since must come before --until")
	}
	return f, nil
}

func isCountryCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// parseDate reads YYYY-MM-DD (day true) or an RFC 3339 time; "" is the zero time.
func parseDate(s string) (t time.Time, day bool, err error) {
	if s == "" {
		return time.Time{}, false, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%q is not a date (YYYY-MM-DD or RFC 3339)", s)
}

// openForReading opens an existing database for reading only, so that the
// read commands work where they may not write (a read-only folder); it never
// creates one. A database of an older newsdesk is migrated first, which
// needs a writable open.
func openForReading(ctx context.Context, path string) (*storage.DB, error) {
	db, err := storage.OpenReadOnly(ctx, path)
	if errors.Is(err, storage.ErrOlderSchema) {
		db, err = storage.Open(ctx, path, storageOptions(true))
	}
	return db, mustExistHint(err)
}

// mustExistHint says how to get a database when there is none.
func mustExistHint(err error) error {
	if errors.Is(err, storage.ErrNoDatabase) {
		return fmt.Errorf("%w (run 'newsdesk ingest' first, or give --db FILE)", err)
	}
	return err
}

// open parses a listing command's flags, checks them (check returns a
// usage message, or "" when all is well) and opens the database, which must
// exist.
func (l *listFlags) open(ctx context.Context, e *env, fs *flag.FlagSet, args []string, check func() string) (*storage.DB, storage.Filter, error) {
	if err := parseFlags(fs, args); err != nil {
		return nil, storage.Filter{}, err
	}
	f, err := l.filter()
	if err != nil {
		return nil, f, usageError(e, fs, "%v", err)
	}
	if fs.NArg() > 0 {
		return nil, f, usageError(e, fs, "%s takes no arguments", strings.TrimPrefix(fs.Name(), "newsdesk "))
	}
	if check != nil {
		if msg := check(); msg != "" {
			return nil, f, usageError(e, fs, "%s", msg)
		}
	}
	db, err := openForReading(ctx, l.db)
	return db, f, err
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "\n\nList the stored quotes with their speakers and articles, newest first.")
	l := addListFlags(fs, "the quote or its speaker")
	unique := fs.Bool("unique", false, "one row per quotation however often printed, with its sources and outlets")
	db, f, err := l.open(ctx, e, fs, args, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	if *unique {
		return writeClusters(ctx, e, db, f, l.format)
	}
	rows, err := db.Quotes(ctx, f)
	if err != nil {
		return err
	}
	out := listing[storage.QuoteRow]{
		rows:   rows,
		header: []string{"text", "speaker", "speaker_title", "speaker_country", "organization", "article_url", "article_title", "published", "feed"},
		record: func(r storage.QuoteRow) []string {
			return []string{r.Text, r.Speaker, r.SpeakerTitle, r.SpeakerCountry, r.Organization, r.ArticleURL, r.ArticleTitle, r.Published, r.Feed}
		},
		columns: []column{{name: "PUBLISHED", max: 10, keep: true}, {name: "SPEAKER", max: 24}, {name: "TITLE", max: 20, drop: 1},
			{name: "CTRY", max: 4}, {name: "QUOTE"}},
		cells: func(r storage.QuoteRow) []string {
			return []string{datePart(r.Published), r.Speaker, r.SpeakerTitle, r.SpeakerCountry, r.Text}
		},
	}
	return out.write(e.stdout, l.format)
}

func runOfficials(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "officials", "\n\nList the stored officials: a person in a role, in an article, newest first.")
	l := addListFlags(fs, "the article's title or text")
	db, f, err := l.open(ctx, e, fs, args, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Officials(ctx, f)
	if err != nil {
		return err
	}
	out := listing[storage.OfficialRow]{
		rows:   rows,
		header: []string{"person", "title", "country", "organization", "article_title", "article_url", "published"},
		record: func(r storage.OfficialRow) []string {
			return []string{r.Person, r.Title, r.Country, r.Organization, r.ArticleTitle, r.ArticleURL, r.Published}
		},
		columns: []column{{name: "PUBLISHED", max: 10, keep: true}, {name: "PERSON", max: 24}, {name: "TITLE", max: 22},
			{name: "CTRY", max: 4}, {name: "ORGANIZATION", max: 20, drop: 1}, {name: "ARTICLE"}},
		cells: func(r storage.OfficialRow) []string {
			return []string{datePart(r.Published), r.Person, r.Title, r.Country, r.Organization, r.ArticleTitle}
		},
	}
	return out.write(e.stdout, l.format)
}

func runFigures(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "figures", "\n\nList the stored troop figures and death tolls, newest first.")
	l := addListFlags(fs, "the article's title or text", "speaker", "org")
	kind := fs.String("kind", "", "`troops` or deaths (default: both; --country lists troops only)")
	db, f, err := l.open(ctx, e, fs, args, func() string {
		switch {
		case *kind != "" && *kind != storage.FigureTroops && *kind != storage.FigureDeaths:
			return fmt.Sprintf("--kind must be troops or deaths, not %q", *kind)
		case *kind == storage.FigureDeaths && l.country != "":
			return "death tolls have no country; --country applies to troops"
		}
		return ""
	})
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Figures(ctx, *kind, f)
	if err != nil {
		return err
	}
	out := listing[storage.FigureRow]{
		rows:   rows,
		header: []string{"kind", "count", "approximate", "cumulative", "country", "unit", "evidence", "article_title", "article_url", "published"},
		record: func(r storage.FigureRow) []string {
			return []string{r.Kind, strconv.FormatInt(r.Count, 10), strconv.FormatBool(r.Approximate), strconv.FormatBool(r.Cumulative),
				r.Country, r.Unit, r.Evidence, r.ArticleTitle, r.ArticleURL, r.Published}
		},
		columns: []column{{name: "PUBLISHED", max: 10, keep: true}, {name: "KIND", max: 6}, {name: "COUNT", max: 10, right: true},
			{name: "CTRY", max: 4}, {name: "UNIT", max: 12, drop: 1}, {name: "EVIDENCE"}},
		cells: func(r storage.FigureRow) []string {
			count := strconv.FormatInt(r.Count, 10)
			if r.Approximate {
				count = "~" + count
			}
			unit := r.Unit
			if r.Cumulative {
				unit = "toll"
			}
			return []string{datePart(r.Published), r.Kind, count, r.Country, unit, r.Evidence}
		},
	}
	return out.write(e.stdout, l.format)
}

func datePart(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// listing is what a list command prints, in any of the formats: JSON and
// JSON Lines marshal the rows themselves; CSV writes header and record;
// the table shows the columns made by cells.
type listing[T any] struct {
	rows    []T
	header  []string
	record  func(T) []string
	columns []column
	cells   func(T) []string
}

func (l listing[T]) write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(l.rows)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range l.rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(l.header); err != nil {
			return err
		}
		for _, r := range l.rows {
			if err := cw.Write(l.record(r)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	cells := make([][]string, len(l.rows))
	for i, r := range l.rows {
		cells[i] = l.cells(r)
	}
	if err := writeTable(w, terminalWidth(w), l.columns, cells); err != nil {
		return err
	}
	noun := "rows"
	if len(l.rows) == 1 {
		noun = "row"
	}
	_, err := fmt.Fprintf(w, "(%d %s)\n", len(l.rows), noun)
	return err
}

// column is a column of a terminal table.
type column struct {
	name  string
	max   int  // widest it gets; 0 marks the flexible column, which takes the rest of the line
	drop  int  // when the line is too narrow, columns are dropped by rising drop; 0: never
	right bool // align right
	keep  bool // never narrowed below max
}

// minFlex is the narrowest the flexible column gets before other columns
// are dropped or narrowed.
const minFlex = 24

// writeTable prints rows of cells in columns. With a width (a terminal's),
// the columns fit it: each column as wide as its widest cell up to its max,
// the flexible column taking the rest; when that leaves it too little,
// droppable columns go, then the widest others narrow, and cells are
// clipped with an ellipsis. With width 0 (a pipe, a file) every column is as
// wide as its widest cell and nothing is cut. Cells are put on one line.
func writeTable(w io.Writer, width int, cols []column, rows [][]string) error {
	for _, r := range rows {
		for k := range r {
			r[k] = strings.Join(strings.Fields(r[k]), " ")
		}
	}
	widths, shown := fitColumns(width, cols, rows)
	line := func(cells []string) error {
		var b strings.Builder
		last := -1
		for i := range cols {
			if shown[i] {
				last = i
			}
		}
		for i, c := range cols {
			if !shown[i] {
				continue
			}
			s := clip(cells[i], widths[i])
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			switch {
			case c.right:
				b.WriteString(pad + s)
			case i == last:
				b.WriteString(s)
			default:
				b.WriteString(s + pad)
			}
			if i != last {
				b.WriteString("  ")
			}
		}
		_, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		return err
	}
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = c.name
	}
	if err := line(head); err != nil {
		return err
	}
	for _, r := range rows {
		if err := line(r); err != nil {
			return err
		}
	}
	return nil
}

// fitColumns lays out the columns of writeTable: the width of each and
// whether it is shown.
func fitColumns(width int, cols []column, rows [][]string) (widths []int, shown []bool) {
	widths = make([]int, len(cols))
	flex := -1
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c.name)
		for _, r := range rows {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
		}
		switch {
		case width <= 0:
		case c.max > 0:
			widths[i] = min(widths[i], c.max)
		default:
			flex = i
		}
	}
	shown = make([]bool, len(cols))
	for i := range shown {
		shown[i] = true
	}
	if flex < 0 {
		return widths, shown
	}
	fixed := func() int { // the width of all but the flexible column, gaps included
		n, k := 0, 0
		for i := range cols {
			if shown[i] {
				k++
				if i != flex {
					n += widths[i]
				}
			}
		}
		return n + 2*(k-1)
	}
	want := min(minFlex, widths[flex])
	// first drop columns, then narrow the widest of the rest
	for width-fixed() < want {
		next := -1
		for i, c := range cols {
			if shown[i] && c.drop > 0 && (next < 0 || c.drop < cols[next].drop) {
				next = i
			}
		}
		if next < 0 {
			break
		}
		shown[next] = false
	}
	for width-fixed() < want {
		widest := -1
		for i, c := range cols {
			if shown[i] && i != flex && !c.keep && widths[i] > max(utf8.RuneCountInString(c.name), 6) &&
				(widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	widths[flex] = max(min(widths[flex], width-fixed()), 4)
	return widths, shown
}

// terminalWidth is the width of the terminal w writes to (its window, else
// $COLUMNS, else 80), or 0 when w is not a terminal: a table piped into
// another program is never cut.
func terminalWidth(w io.Writer) int {
	switch t := w.(type) {
	case interface{ terminalWidth() int }: // a terminal in tests
		return t.terminalWidth()
	case *os.File:
		if !term.IsTerminal(int(t.Fd())) {
			return 0
		}
		if cols, _, err := term.GetSize(int(t.Fd())); err == nil && cols > 0 {
			return cols
		}
		if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
			return n
		}
		return 80
	}
	return 0
}

// clip shortens s to n code points with an ellipsis, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
