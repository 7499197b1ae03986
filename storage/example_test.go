package storage_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// exampleDB is an in-memory database with one article, its records made by
// hand so that the examples' output does not move with the rules.
func exampleDB(ctx context.Context) *storage.DB {
	states := []storage.Country{{Code: "NO", Name: "Norway"}, {Code: "SD", Name: "Sudan"}, {Code: "TR", Name: "Turkey"}}
	db, err := storage.Open(ctx, ":memory:", storage.Options{States: states})
	if err != nil {
		log.Fatal(err)
	}
	art := storage.Article{
		URL:       "https://example.invalid/2026/11/17/oslo-talks",
		FeedURL:   "https://example.invalid/world.xml",
		Title:     "Talks in Oslo stall as Sudan toll climbs",
		Published: time.Date(2026, 11, 17, 14, 5, 0, 0, time.UTC),
		Body:      `Norway's Foreign Minister Ingrid Solberg said: "Nobody left the room." About 3,000 monitors would be needed.`,
	}
	res := &extract.Result{
		Officials: []extract.Official{{Name: "Ingrid Solberg", Title: "Foreign Minister", Country: "NO", Rule: "title-name"}},
		Quotes: []extract.Quote{{Text: "Nobody left the room.", Speaker: "Ingrid Solberg", SpeakerKind: extract.SpeakerPerson,
			SpeakerTitle: "Foreign Minister", SpeakerCountry: "NO", Cue: ":", Start: 50, End: 73, Rule: "colon"}},
		Troops: []extract.Troops{{Count: 3000, Approximate: true, Unit: "monitors", Evidence: "About 3,000 monitors would be needed.", Rule: "need"}},
	}
	if _, err := db.SaveArticle(ctx, art, res); err != nil {
		log.Fatal(err)
	}
	return db
}

func ExampleOpen() {
	ctx := context.Background()
	// Open creates the file unless MustExist, and migrates it to the current schema.
	db, err := storage.Open(ctx, ":memory:", storage.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var version int
	db.SQL().QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	fmt.Println(version == storage.SchemaVersion())

	// Read commands refuse to create a database.
	_, err = storage.Open(ctx, "no-such.db", storage.Options{MustExist: true})
	fmt.Println(err)
	// Output:
	// true
	// storage: database file does not exist: no-such.db
}

func ExampleDB_SaveArticle() {
	ctx := context.Background()
	db, err := storage.Open(ctx, ":memory:", storage.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	art := storage.Article{URL: "https://example.invalid/a", Title: "Ferry fire off Crete kills 11",
		Body: "Eleven people were killed when fire broke out on a ferry."}
	res := &extract.Result{Deaths: []extract.Deaths{{Count: 11, Evidence: art.Body, Rule: "killed"}}}

	s, _ := db.SaveArticle(ctx, art, res)
	fmt.Printf("new=%v updated=%v records=%d\n", s.New, s.Updated, s.Records)
	s, _ = db.SaveArticle(ctx, art, res) // the same text again
	fmt.Printf("new=%v updated=%v records=%d\n", s.New, s.Updated, s.Records)
	art.Body = "Eleven people were killed and three are missing after fire broke out on a ferry."
	s, _ = db.SaveArticle(ctx, art, res) // a corrected text
	fmt.Printf("new=%v updated=%v records=%d\n", s.New, s.Updated, s.Records)
	// Output:
	// new=true updated=false records=1
	// new=false updated=false records=0
	// new=false updated=true records=1
}

func ExampleDB_Quotes() {
	ctx := context.Background()
	db := exampleDB(ctx)
	defer db.Close()
	// "solberg" finds Ingrid Solberg; case, accents and first names are forgiven.
	rows, err := db.Quotes(ctx, storage.Filter{Speaker: "solberg", Country: "no"})
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range rows {
		fmt.Printf("%s (%s, %s): %q\n%s\n", q.Speaker, q.SpeakerTitle, q.SpeakerCountry, q.Text, q.ArticleTitle)
	}
	// Output:
	// Ingrid Solberg (Foreign Minister, NO): "Nobody left the room."
	// Talks in Oslo stall as Sudan toll climbs
}

func ExampleDB_Officials() {
	ctx := context.Background()
	db := exampleDB(ctx)
	defer db.Close()
	rows, err := db.Officials(ctx, storage.Filter{Search: "oslo"})
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range rows {
		fmt.Println(o.Person, "|", o.Title, "|", o.Country, "|", o.Published)
	}
	// Output:
	// Ingrid Solberg | Foreign Minister | NO | 2026-11-17T14:05:00Z
}

func ExampleDB_Figures() {
	ctx := context.Background()
	db := exampleDB(ctx)
	defer db.Close()
	rows, err := db.Figures(ctx, storage.FigureTroops, storage.Filter{Since: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range rows {
		fmt.Println(f.Kind, f.Count, f.Approximate, f.Unit)
	}
	// Output:
	// troops 3000 true monitors
}

func ExampleDB_Reextract() {
	ctx := context.Background()
	db := exampleDB(ctx)
	defer db.Close()
	// Normally the function is (*extract.Extractor).Extract with the current rules.
	rules := func(body string) *extract.Result {
		return &extract.Result{Countries: []extract.Country{{Code: "NO", Name: "Norway", Mentions: 1}}}
	}
	for range 2 {
		st, err := db.Reextract(ctx, rules)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d articles, %d changed, %d records\n", st.Articles, st.Changed, st.Records)
	}
	// Output:
	// 1 articles, 1 changed, 1 records
	// 1 articles, 0 changed, 0 records
}

func ExampleFold() {
	fmt.Println(storage.Fold("Recep Tayyip Erdoğan"))
	fmt.Println(storage.Fold("Ismail al-Hayya"))
	fmt.Println(storage.Fold("Conor O'Brien"))
	// Output:
	// recep tayyip erdogan
	// ismail al hayya
	// conor obrien
}
