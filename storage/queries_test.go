package storage_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// listingDB holds two articles: the sample one (2026-11-17) and one on
// 2026-11-19 with Marco Rubio and a troop figure.
func listingDB(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.SaveArticle(ctx, article("https://x.invalid/a", "", "https://x.invalid/feed", "Mediators met in Oslo."), sampleResult()); err != nil {
		t.Fatal(err)
	}
	b := article("https://x.invalid/b", "", "https://x.invalid/feed", "Washington sent 2,000 marines to the Gulf.")
	b.Published = time.Date(2026, 11, 19, 8, 0, 0, 0, time.UTC)
	res := &extract.Result{
		Officials: []extract.Official{{Name: "Marco Rubio", Title: "Secretary of State", Country: "US", Rule: "t"},
			{Name: "José O'Brien-Núñez", Title: "spokesman", Organization: "United Nations", Rule: "t"}},
		Quotes: []extract.Quote{
			{Text: "We are not leaving", Speaker: "Marco Rubio", SpeakerKind: extract.SpeakerPerson, SpeakerTitle: "Secretary of State", SpeakerCountry: "US", Rule: "t"},
			{Text: "100% of the aid got through", Speaker: "José O'Brien-Núñez", SpeakerKind: extract.SpeakerPerson, SpeakerTitle: "spokesman", SpeakerOrganization: "United Nations", Rule: "t"},
		},
		Troops: []extract.Troops{{Count: 2000, Country: "US", Unit: "marines", Evidence: "Washington sent 2,000 marines to the Gulf.", Rule: "t"}},
		Deaths: []extract.Deaths{{Count: 3, Evidence: "Three died.", Rule: "t"}},
	}
	if _, err := db.SaveArticle(ctx, b, res); err != nil {
		t.Fatal(err)
	}
	return db
}

func day(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }

func TestQuotesFilters(t *testing.T) {
	db := listingDB(t)
	const (
		erdogan = "Recep Tayyip Erdoğan"
		solberg = "Ingrid Solberg"
		au      = "the African Union"
		rubio   = "Marco Rubio"
		obrien  = "José O'Brien-Núñez"
	)
	tests := []struct {
		name string
		f    storage.Filter
		want []string // speakers, in order
	}{
		{"all, newest first", storage.Filter{}, []string{rubio, obrien, erdogan, solberg, au}},
		{"last name", storage.Filter{Speaker: "rubio"}, []string{rubio}},
		{"upper case", storage.Filter{Speaker: "RUBIO"}, []string{rubio}},
		{"initial and name", storage.Filter{Speaker: "M. Rubio"}, []string{rubio}},
		{"accent left out", storage.Filter{Speaker: "erdogan"}, []string{erdogan}},
		{"accent given", storage.Filter{Speaker: "Erdoğan"}, []string{erdogan}},
		{"two names", storage.Filter{Speaker: "tayyip erdogan"}, []string{erdogan}},
		{"start of a name", storage.Filter{Speaker: "erdo"}, []string{erdogan}},
		{"inside a name only", storage.Filter{Speaker: "rdogan"}, nil},
		{"punctuation forgiven", storage.Filter{Speaker: "obrien nunez"}, []string{obrien}},
		{"apostrophe given", storage.Filter{Speaker: "O'Brien"}, []string{obrien}},
		{"a body", storage.Filter{Speaker: "african union"}, []string{au}},
		{"country", storage.Filter{Country: "tr"}, []string{erdogan}},
		{"country of the role", storage.Filter{Country: "US"}, []string{rubio}},
		{"organisation", storage.Filter{Org: "united nat"}, []string{obrien}},
		{"organisation of a body", storage.Filter{Org: "African"}, []string{au}},
		{"search", storage.Filter{Search: "permission"}, []string{erdogan}},
		{"search forgives accents", storage.Filter{Search: "facade"}, []string{au}},
		{"search needs every word", storage.Filter{Search: "not leaving"}, []string{rubio}},
		{"search speaker", storage.Filter{Search: "solberg"}, []string{solberg}},
		{"since", storage.Filter{Since: day(18)}, []string{rubio, obrien}},
		{"until", storage.Filter{Until: day(18)}, []string{erdogan, solberg, au}},
		{"limit", storage.Filter{Limit: 2}, []string{rubio, obrien}},
		{"combined", storage.Filter{Speaker: "solberg", Country: "NO", Since: day(17), Until: day(18), Search: "room"}, []string{solberg}},
		// input that looks like SQL, LIKE or FTS syntax is only text
		{"sql in speaker", storage.Filter{Speaker: "'; DROP TABLE quotes; --"}, nil},
		{"sql in country", storage.Filter{Country: "' OR '1'='1"}, nil},
		{"like wildcard in org", storage.Filter{Org: "%"}, nil},
		{"like underscore in speaker", storage.Filter{Speaker: "_"}, nil},
		{"percent as text", storage.Filter{Search: "100%"}, []string{obrien}},
		{"fts operators as words", storage.Filter{Search: `" OR 1=1 --`}, nil},
		{"fts NOT is a word", storage.Filter{Search: "NOT"}, []string{erdogan, rubio}},
		{"fts column filter is text", storage.Filter{Search: "speaker:rubio"}, nil},
		{"fts syntax", storage.Filter{Search: `NEAR( "a* ^b`}, nil},
		{"search of punctuation only", storage.Filter{Search: `"" ** --`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := db.Quotes(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Speaker)
			}
			if tt.name == "fts NOT is a word" {
				slices.Sort(got)
				slices.Sort(tt.want)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("speakers = %q, want %q", got, tt.want)
			}
		})
	}
	if n := count(t, db, "SELECT COUNT(*) FROM quotes"); n != 5 {
		t.Errorf("quotes table changed: %d rows", n)
	}
}

func TestQuoteRowColumns(t *testing.T) {
	db := listingDB(t)
	rows, err := db.Quotes(context.Background(), storage.Filter{Speaker: "erdogan"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("%v %v", rows, err)
	}
	want := storage.QuoteRow{Text: "We will not wait for permission", Speaker: "Recep Tayyip Erdoğan", SpeakerTitle: "President",
		SpeakerCountry: "TR", ArticleURL: "https://x.invalid/a", ArticleTitle: "Title of https://x.invalid/a",
		Published: "2026-11-17T12:00:00Z", Feed: "https://x.invalid/feed"}
	if rows[0] != want {
		t.Errorf("got  %+v\nwant %+v", rows[0], want)
	}
}

func TestOfficialsFilters(t *testing.T) {
	db := listingDB(t)
	tests := []struct {
		name string
		f    storage.Filter
		want []string
	}{
		{"all", storage.Filter{}, []string{"José O'Brien-Núñez", "Marco Rubio", "Ingrid Solberg", "Recep Tayyip Erdoğan"}},
		{"person", storage.Filter{Speaker: "jose"}, []string{"José O'Brien-Núñez"}},
		{"country", storage.Filter{Country: "no"}, []string{"Ingrid Solberg"}},
		{"organisation", storage.Filter{Org: "nations"}, []string{"José O'Brien-Núñez"}},
		{"article search", storage.Filter{Search: "oslo"}, []string{"Ingrid Solberg", "Recep Tayyip Erdoğan"}},
		{"since", storage.Filter{Since: day(19)}, []string{"José O'Brien-Núñez", "Marco Rubio"}},
		{"limit", storage.Filter{Limit: 1}, []string{"José O'Brien-Núñez"}},
		{"sql", storage.Filter{Speaker: "x' OR 1=1 --", Org: "') --"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := db.Officials(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Person)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("people = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFiguresFilters(t *testing.T) {
	db := listingDB(t)
	ctx := context.Background()
	type fig struct {
		kind  string
		count int64
	}
	tests := []struct {
		name string
		kind string
		f    storage.Filter
		want []fig
	}{
		{"all, newest first, troops first", "", storage.Filter{}, []fig{{"troops", 2000}, {"deaths", 3}, {"troops", 1500}, {"deaths", 63}}},
		{"troops", storage.FigureTroops, storage.Filter{}, []fig{{"troops", 2000}, {"troops", 1500}}},
		{"deaths", storage.FigureDeaths, storage.Filter{}, []fig{{"deaths", 3}, {"deaths", 63}}},
		{"country lists troops", "", storage.Filter{Country: "td"}, []fig{{"troops", 1500}}},
		{"article search", "", storage.Filter{Search: "gulf"}, []fig{{"troops", 2000}, {"deaths", 3}}},
		{"until", "", storage.Filter{Until: day(18)}, []fig{{"troops", 1500}, {"deaths", 63}}},
		{"limit", "", storage.Filter{Limit: 3}, []fig{{"troops", 2000}, {"deaths", 3}, {"troops", 1500}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := db.Figures(ctx, tt.kind, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []fig
			for _, r := range rows {
				got = append(got, fig{r.Kind, r.Count})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("figures = %v, want %v", got, tt.want)
			}
		})
	}
	rows, _ := db.Figures(ctx, storage.FigureDeaths, storage.Filter{Until: day(18)})
	if len(rows) != 1 || !rows[0].Cumulative || rows[0].Evidence != "The toll rose to 63." {
		t.Errorf("death toll row: %+v", rows)
	}
	for _, bad := range []struct {
		kind string
		f    storage.Filter
	}{{storage.FigureDeaths, storage.Filter{Country: "US"}}, {"", storage.Filter{Speaker: "x"}}, {"wounded", storage.Filter{}}} {
		if _, err := db.Figures(ctx, bad.kind, bad.f); !errors.Is(err, storage.ErrFilter) {
			t.Errorf("Figures(%q, %+v) err = %v, want ErrFilter", bad.kind, bad.f, err)
		}
	}
}

func TestListingsEmptyDatabase(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	q, err1 := db.Quotes(ctx, storage.Filter{})
	o, err2 := db.Officials(ctx, storage.Filter{})
	f, err3 := db.Figures(ctx, "", storage.Filter{})
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	// empty lists, not nil: JSON prints [] rather than null
	if q == nil || o == nil || f == nil || len(q)+len(o)+len(f) != 0 {
		t.Errorf("empty database: %v %v %v", q, o, f)
	}
}
