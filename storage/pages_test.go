package storage_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// pagingDB holds 12 articles of 3 quotes, a troop figure and a death toll
// each: articles 0-3 share one date, 4-9 have dates of their own, 10-11
// have none, so that pages cross ties and the undated tail.
func pagingDB(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db := openTest(t)
	for i := range 12 {
		a := article(fmt.Sprintf("https://x.invalid/%02d", i), "", "https://x.invalid/feed", fmt.Sprintf("Body %d.", i))
		switch {
		case i < 4:
			a.Published = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
		case i < 10:
			a.Published = time.Date(2026, 11, 10+i, 9, 0, 0, 0, time.UTC)
		default:
			a.Published = time.Time{}
		}
		res := &extract.Result{
			Officials: []extract.Official{{Name: fmt.Sprintf("Person %c", 'A'+i%3), Title: "Minister", Country: "NO", Rule: "t"}},
			Troops:    []extract.Troops{{Count: int64(100 * (i + 1)), Country: "TD", Unit: "troops", Evidence: "e", Rule: "t"}},
			Deaths:    []extract.Deaths{{Count: int64(i + 1), Evidence: "e", Rule: "t"}},
		}
		for k := range 3 {
			res.Quotes = append(res.Quotes, extract.Quote{Text: fmt.Sprintf("Quote %d-%d about peace", i, k),
				Speaker: fmt.Sprintf("Person %c", 'A'+i%3), SpeakerKind: extract.SpeakerPerson, Rule: "t"})
		}
		if _, err := db.SaveArticle(ctx, a, res); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// wantOrder is every quote id in the listing order, computed apart from
// the SQL: newest first, undated last, then by id.
func wantOrder(t *testing.T, db *storage.DB) []int64 {
	t.Helper()
	rows, err := db.SQL().Query("SELECT q.id, COALESCE(a.published, '') FROM quotes q JOIN articles a ON a.id = q.article_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type row struct {
		id  int64
		pub string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.pub); err != nil {
			t.Fatal(err)
		}
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].pub != all[j].pub {
			return all[i].pub > all[j].pub // "" (undated) sorts last
		}
		return all[i].id < all[j].id
	})
	ids := make([]int64, len(all))
	for i, r := range all {
		ids[i] = r.id
	}
	return ids
}

func TestListQuotesPagesThroughEverything(t *testing.T) {
	ctx := context.Background()
	db := pagingDB(t)
	want := wantOrder(t, db)
	for _, limit := range []int{1, 2, 5, 7, 36, 100} {
		t.Run(fmt.Sprint("limit ", limit), func(t *testing.T) {
			var got []int64
			q := storage.QuoteQuery{Limit: limit}
			for pages := 0; ; pages++ {
				if pages > 100 {
					t.Fatal("paging does not end")
				}
				p, err := db.ListQuotes(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if len(p.Quotes) > limit || (p.Next != "" && len(p.Quotes) != limit) {
					t.Fatalf("page of %d with limit %d, next %q", len(p.Quotes), limit, p.Next)
				}
				for _, e := range p.Quotes {
					got = append(got, e.ID)
				}
				if p.Next == "" {
					break
				}
				q.Cursor = p.Next
			}
			if !slices.Equal(got, want) {
				t.Errorf("paged ids\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestListQuotesNewRowsDoNotShiftPages(t *testing.T) {
	ctx := context.Background()
	db := pagingDB(t)
	first, err := db.ListQuotes(ctx, storage.QuoteQuery{Limit: 4})
	if err != nil {
		t.Fatal(err)
	}
	// a newer article arrives between two pages
	a := article("https://x.invalid/new", "", "", "New.")
	a.Published = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if _, err := db.SaveArticle(ctx, a, &extract.Result{Quotes: []extract.Quote{{Text: "Late news", Speaker: "Z", Rule: "t"}}}); err != nil {
		t.Fatal(err)
	}
	second, err := db.ListQuotes(ctx, storage.QuoteQuery{Limit: 4, Cursor: first.Next})
	if err != nil {
		t.Fatal(err)
	}
	want := wantOrder(t, db)[1:] // the new quote comes first, before the cursor
	if got := second.Quotes[0].ID; got != want[4] {
		t.Errorf("second page starts at %d, want %d", got, want[4])
	}
}

func TestListQuotesFields(t *testing.T) {
	ctx := context.Background()
	db := listingDB(t)
	s, _ := storage.ParseSearch("permission")
	p, err := db.ListQuotes(ctx, storage.QuoteQuery{Search: s})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(p.Quotes))
	}
	e := p.Quotes[0]
	if e.Text != "We will not wait for permission" || e.Speaker != "Recep Tayyip Erdoğan" || e.SpeakerTitle != "President" ||
		e.SpeakerCountry != "TR" || e.SpeakerKind != "person" || e.Cue != "said" || e.ArticleURL != "https://x.invalid/a" ||
		e.ArticleTitle != "Title of https://x.invalid/a" || e.Published != "2026-11-17T12:00:00Z" || e.Feed != "https://x.invalid/feed" ||
		e.PersonID == nil || e.ArticleID == 0 || e.ID == 0 {
		t.Errorf("entry: %+v", e)
	}
	body, err := db.ListQuotes(ctx, storage.QuoteQuery{Org: "african"})
	if err != nil || len(body.Quotes) != 1 || body.Quotes[0].PersonID != nil || body.Quotes[0].SpeakerKind != "body" {
		t.Errorf("a body's quote: %+v, %v", body, err)
	}
}

func TestListQuotesFilters(t *testing.T) {
	ctx := context.Background()
	db := listingDB(t)
	search := func(s string) storage.Search {
		t.Helper()
		x, err := storage.ParseSearch(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	var rubioID int64
	if err := db.SQL().QueryRow("SELECT id FROM people WHERE name = 'Marco Rubio'").Scan(&rubioID); err != nil {
		t.Fatal(err)
	}
	var articleA int64
	if err := db.SQL().QueryRow("SELECT id FROM articles WHERE url = 'https://x.invalid/a'").Scan(&articleA); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    storage.QuoteQuery
		want []string
	}{
		{"all", storage.QuoteQuery{}, []string{"Marco Rubio", "José O'Brien-Núñez", "Recep Tayyip Erdoğan", "Ingrid Solberg", "the African Union"}},
		{"speaker, accents forgiven", storage.QuoteQuery{Speaker: "nunez"}, []string{"José O'Brien-Núñez"}},
		{"country", storage.QuoteQuery{Country: "no"}, []string{"Ingrid Solberg"}},
		{"org", storage.QuoteQuery{Org: "nations"}, []string{"José O'Brien-Núñez"}},
		{"full text in speaker", storage.QuoteQuery{Search: search("solberg")}, []string{"Ingrid Solberg"}},
		{"full text accents", storage.QuoteQuery{Search: search("facade")}, []string{"the African Union"}},
		{"full text or", storage.QuoteQuery{Search: search("leaving OR room")}, []string{"Marco Rubio", "Ingrid Solberg"}},
		{"full text not", storage.QuoteQuery{Search: search("we -leaving")}, []string{"Recep Tayyip Erdoğan"}},
		{"since", storage.QuoteQuery{Since: day(18)}, []string{"Marco Rubio", "José O'Brien-Núñez"}},
		{"until", storage.QuoteQuery{Until: day(18)}, []string{"Recep Tayyip Erdoğan", "Ingrid Solberg", "the African Union"}},
		{"person", storage.QuoteQuery{PersonID: rubioID}, []string{"Marco Rubio"}},
		{"article", storage.QuoteQuery{ArticleID: articleA}, []string{"Recep Tayyip Erdoğan", "Ingrid Solberg", "the African Union"}},
		{"punctuation only matches nothing", storage.QuoteQuery{Search: search("—")}, nil},
		{"syntax is text", storage.QuoteQuery{Search: search(`NEAR(we "wait") AND ^x`)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := db.ListQuotes(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range p.Quotes {
				got = append(got, e.Speaker)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListQuotesCursorErrors(t *testing.T) {
	ctx := context.Background()
	db := pagingDB(t)
	p, err := db.ListQuotes(ctx, storage.QuoteQuery{Limit: 2, Speaker: "person a"})
	if err != nil || p.Next == "" {
		t.Fatalf("%+v, %v", p, err)
	}
	for name, q := range map[string]storage.QuoteQuery{
		"garbage":       {Cursor: "xyz"},
		"other filters": {Cursor: p.Next, Speaker: "person b"},
		"no filters":    {Cursor: p.Next},
	} {
		if _, err := db.ListQuotes(ctx, q); !errors.Is(err, storage.ErrCursor) {
			t.Errorf("%s: err %v, want ErrCursor", name, err)
		}
	}
	// the same filters with another page size go on
	if _, err := db.ListQuotes(ctx, storage.QuoteQuery{Limit: 5, Speaker: "person a", Cursor: p.Next}); err != nil {
		t.Errorf("another limit: %v", err)
	}
	if _, err := db.ListOfficials(ctx, storage.OfficialQuery{Cursor: p.Next}); !errors.Is(err, storage.ErrCursor) {
		t.Errorf("a quotes cursor for officials: err %v", err)
	}
}

func TestEachQuote(t *testing.T) {
	db := pagingDB(t)
	var got []int64
	err := db.EachQuote(context.Background(), storage.QuoteQuery{Limit: 5}, func(e storage.QuoteEntry) error {
		got = append(got, e.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := wantOrder(t, db); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	stop := errors.New("stop")
	n := 0
	err = db.EachQuote(context.Background(), storage.QuoteQuery{}, func(storage.QuoteEntry) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("fn's error: %v after %d calls", err, n)
	}
}

func TestQuoteDetail(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	body := "OSLO — Talks ended.\nNorway's Foreign Minister Ingrid Solberg said: “Nobody left the room.”\nMore later."
	a := article("https://x.invalid/oslo", "", "", body)
	start := len([]rune("OSLO — Talks ended.\nNorway's Foreign Minister Ingrid Solberg said: “"))
	res := &extract.Result{Quotes: []extract.Quote{{Text: "Nobody left the room.", Speaker: "Ingrid Solberg",
		SpeakerKind: extract.SpeakerPerson, Start: start, End: start + 21, Rule: "t"}}}
	saved, err := db.SaveArticle(ctx, a, res)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	if err := db.SQL().QueryRow("SELECT id FROM quotes").Scan(&id); err != nil {
		t.Fatal(err)
	}
	d, err := db.Quote(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Context != "Norway's Foreign Minister Ingrid Solberg said: “Nobody left the room.”" || d.ContextStart != 20 ||
		d.Start != start || d.End != start+21 || d.ArticleID != saved.ArticleID {
		t.Errorf("detail: %+v", d)
	}
	if got := string([]rune(body)[d.Start:d.End]); got != d.Text {
		t.Errorf("offsets point at %q", got)
	}
	if _, err := db.Quote(ctx, id+100); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestListFiguresPages(t *testing.T) {
	ctx := context.Background()
	db := pagingDB(t)
	all, err := db.ListFigures(ctx, storage.FigureQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Figures) != 24 || all.Next != "" {
		t.Fatalf("%d figures, next %q", len(all.Figures), all.Next)
	}
	// troops before deaths of the same date, undated last
	if f := all.Figures; f[0].Kind != "troops" || f[0].Published == "" || f[len(f)-1].Published != "" {
		t.Errorf("order: first %+v, last %+v", f[0], f[len(f)-1])
	}
	var paged []storage.FigureEntry
	q := storage.FigureQuery{Limit: 5}
	for {
		p, err := db.ListFigures(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, p.Figures...)
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	if !slices.Equal(paged, all.Figures) {
		t.Errorf("paged figures differ from one page:\n%v\n%v", paged, all.Figures)
	}
	troops, err := db.ListFigures(ctx, storage.FigureQuery{Country: "td", Limit: 1000})
	if err != nil || len(troops.Figures) != 12 || troops.Figures[0].Kind != "troops" || troops.Figures[0].CountryName != "Chad" {
		t.Errorf("troops of Chad: %d, %v", len(troops.Figures), err)
	}
	deaths, err := db.ListFigures(ctx, storage.FigureQuery{Kind: "deaths", Limit: 5})
	if err != nil || len(deaths.Figures) != 5 || deaths.Figures[0].Kind != "deaths" || deaths.Next == "" {
		t.Errorf("deaths only: %+v, %v", deaths, err)
	}
	if _, err := db.ListFigures(ctx, storage.FigureQuery{Kind: "deaths", Country: "TD"}); !errors.Is(err, storage.ErrFilter) {
		t.Errorf("deaths by country: %v", err)
	}
	if _, err := db.ListFigures(ctx, storage.FigureQuery{Kind: "wounded"}); !errors.Is(err, storage.ErrFilter) {
		t.Errorf("unknown kind: %v", err)
	}
}

func TestListOfficials(t *testing.T) {
	ctx := context.Background()
	db := listingDB(t)
	p, err := db.ListOfficials(ctx, storage.OfficialQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Officials) != 4 {
		t.Fatalf("%d officials", len(p.Officials))
	}
	rubio := p.Officials[0]
	if rubio.Person != "Marco Rubio" || rubio.Country != "US" || rubio.CountryName != "United States" || rubio.PersonID == 0 ||
		rubio.Published != "2026-11-19T08:00:00Z" {
		t.Errorf("first: %+v", rubio)
	}
	byName, err := db.ListOfficials(ctx, storage.OfficialQuery{Name: "solberg"})
	if err != nil || len(byName.Officials) != 1 || byName.Officials[0].Title != "Foreign Minister" {
		t.Errorf("by name: %+v, %v", byName, err)
	}
	s, _ := storage.ParseSearch("marines")
	byText, err := db.ListOfficials(ctx, storage.OfficialQuery{Search: s})
	if err != nil || len(byText.Officials) != 2 {
		t.Errorf("by article text: %+v, %v", byText, err)
	}
}

func TestPeople(t *testing.T) {
	ctx := context.Background()
	db := pagingDB(t)
	// person A has quotes in articles 0, 3, 6, 9: 12; B and C in four each
	p, err := db.ListPeople(ctx, storage.PeopleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.People) != 3 || p.People[0].Name != "Person A" || p.People[0].Quotes != 12 {
		t.Fatalf("people: %+v", p.People)
	}
	a := p.People[0]
	if len(a.Roles) != 1 || a.Roles[0] != (storage.Role{Title: "Minister", Country: "NO"}) ||
		a.FirstSeen != "2026-11-16T09:00:00Z" || a.LastSeen != "2026-11-20T09:00:00Z" {
		t.Errorf("person A: %+v", a)
	}
	// pages of one
	var names []string
	q := storage.PeopleQuery{Limit: 1}
	for {
		pg, err := db.ListPeople(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range pg.People {
			names = append(names, x.Name)
		}
		if pg.Next == "" {
			break
		}
		q.Cursor = pg.Next
	}
	if !slices.Equal(names, []string{"Person A", "Person B", "Person C"}) {
		t.Errorf("paged: %v", names)
	}
	found, err := db.ListPeople(ctx, storage.PeopleQuery{Name: "PERSON b"})
	if err != nil || len(found.People) != 1 || found.People[0].Name != "Person B" {
		t.Errorf("by name: %+v, %v", found, err)
	}
	d, err := db.Person(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Person A" || len(d.RolesOverTime) != 1 || d.RolesOverTime[0].Articles != 4 || d.RolesOverTime[0].CountryName != "Norway" {
		t.Errorf("detail: %+v", d)
	}
	if _, err := db.Person(ctx, 999); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("unknown person: %v", err)
	}
}

func TestArticleDetail(t *testing.T) {
	ctx := context.Background()
	db := listingDB(t)
	var id int64
	if err := db.SQL().QueryRow("SELECT id FROM articles WHERE url = 'https://x.invalid/b'").Scan(&id); err != nil {
		t.Fatal(err)
	}
	d, err := db.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.URL != "https://x.invalid/b" || d.Body == "" || len(d.Feeds) != 1 || len(d.Officials) != 2 || len(d.Quotes) != 2 ||
		len(d.Troops) != 1 || len(d.Deaths) != 1 || d.Troops[0].Count != 2000 || d.ExtractorVersion != extract.Version {
		t.Errorf("article: %+v", d)
	}
	if _, err := db.Article(ctx, id+100); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("unknown article: %v", err)
	}
}

func TestRecordCounts(t *testing.T) {
	db := listingDB(t)
	counts, err := db.RecordCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, c := range counts {
		got[c.Kind] = c.Count
	}
	if got["articles"] != 2 || got["quotes"] != 5 || got["troop_figures"] != 2 || got["death_tolls"] != 2 || got["people"] != 4 {
		t.Errorf("counts: %v", got)
	}
}

// planDB holds 650 quotes: every one says "peace", every third "truce",
// one "ceasefire"; every tenth article has no date and many share one.
func planDB(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db := openTest(t)
	var arts []storage.Article
	var results []*extract.Result
	for i := range 130 {
		a := article(fmt.Sprintf("https://x.invalid/p%03d", i), "", "", fmt.Sprintf("Body %d.", i))
		a.Published = time.Date(2026, 1, 1+i%40, 0, 0, 0, 0, time.UTC)
		if i%10 == 0 {
			a.Published = time.Time{}
		}
		res := &extract.Result{}
		for k := range 5 {
			text := fmt.Sprintf("We want peace now %d %d", i, k)
			if (i*5+k)%3 == 0 {
				text += " and a truce"
			}
			if i == 77 && k == 2 {
				text += " and a ceasefire"
			}
			res.Quotes = append(res.Quotes, extract.Quote{Text: text, Speaker: fmt.Sprintf("Speaker %d", k), SpeakerKind: extract.SpeakerPerson, Rule: "t"})
		}
		arts, results = append(arts, a), append(results, res)
	}
	if _, err := db.SaveArticles(ctx, arts, results); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestListQuotesPlansAgree pages through searches that take each way of
// reading (down the newest articles for a word in every quote, through the
// full-text index for rarer ones, through people for a speaker) and
// compares them with the order computed here.
func TestListQuotesPlansAgree(t *testing.T) {
	ctx := context.Background()
	db := planDB(t)
	all := wantOrder(t, db)
	texts := map[int64]string{}
	speakers := map[int64]string{}
	rows, err := db.SQL().Query("SELECT id, text, speaker FROM quotes")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var text, sp string
		rows.Scan(&id, &text, &sp)
		texts[id], speakers[id] = text, sp
	}
	rows.Close()
	tests := []struct {
		name string
		q    storage.QuoteQuery
		keep func(id int64) bool
	}{
		{"everything", storage.QuoteQuery{}, func(int64) bool { return true }},
		{"a word in every quote", storage.QuoteQuery{Search: mustSearch(t, "peace")}, func(int64) bool { return true }},
		{"a word in a third", storage.QuoteQuery{Search: mustSearch(t, "truce")}, func(id int64) bool { return strings.Contains(texts[id], "truce") }},
		{"a rare word", storage.QuoteQuery{Search: mustSearch(t, "ceasefire")}, func(id int64) bool { return strings.Contains(texts[id], "ceasefire") }},
		{"a speaker", storage.QuoteQuery{Speaker: "speaker 3"}, func(id int64) bool { return speakers[id] == "Speaker 3" }},
		{"a speaker and a word", storage.QuoteQuery{Speaker: "speaker 3", Search: mustSearch(t, "truce")},
			func(id int64) bool { return speakers[id] == "Speaker 3" && strings.Contains(texts[id], "truce") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []int64
			for _, id := range all {
				if tt.keep(id) {
					want = append(want, id)
				}
			}
			for _, limit := range []int{7, 50} {
				var got []int64
				q := tt.q
				q.Limit = limit
				for range 200 {
					p, err := db.ListQuotes(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					for _, e := range p.Quotes {
						got = append(got, e.ID)
					}
					if p.Next == "" {
						break
					}
					q.Cursor = p.Next
				}
				if !slices.Equal(got, want) {
					t.Errorf("limit %d: %d quotes, want %d\n got %v\nwant %v", limit, len(got), len(want), got, want)
				}
			}
		})
	}
}

func mustSearch(t *testing.T, s string) storage.Search {
	t.Helper()
	x, err := storage.ParseSearch(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
