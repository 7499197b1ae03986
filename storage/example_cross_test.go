package storage_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// syndicate stores one quotation as three outlets printed it: whole, cut
// short with straight marks, and with an ellipsis, the speaker named in
// full once and by surname twice.
func syndicate(ctx context.Context, db *storage.DB) {
	const full = "We will rebuild every school and every clinic before the rains come"
	for i, c := range []struct{ outlet, text, speaker string }{
		{"wire.invalid", full, "Julio Cárdenas"},
		{"courier.invalid", "we will rebuild every school and every clinic", "Cárdenas"},
		{"ledger.invalid", "We will rebuild every school … before the rains come", "Cárdenas"},
	} {
		art := storage.Article{URL: "https://" + c.outlet + "/quake", Title: "Quake",
			Published: time.Date(2026, 11, 19+i, 9, 0, 0, 0, time.UTC), Body: "Story " + c.outlet}
		res := &extract.Result{
			Officials: []extract.Official{{Name: c.speaker, Title: "President", Country: "PE", Rule: "title-name"}},
			Quotes:    []extract.Quote{{Text: c.text, Speaker: c.speaker, SpeakerKind: extract.SpeakerPerson, Cue: "said", Rule: "after"}},
		}
		if _, err := db.SaveArticle(ctx, art, res); err != nil {
			log.Fatal(err)
		}
	}
}

func ExampleDB_QuoteClusters() {
	ctx := context.Background()
	db, err := storage.Open(ctx, ":memory:", storage.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	syndicate(ctx, db)
	rows, err := db.QuoteClusters(ctx, storage.Filter{Speaker: "cardenas"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows {
		fmt.Printf("%s: %q, %d sources, %d outlets, first seen %s\n", r.Speaker, r.Text, r.Sources, r.Outlets, r.FirstSeen)
	}
	// Output:
	// Julio Cárdenas: "We will rebuild every school and every clinic before the rains come", 3 sources, 3 outlets, first seen 2026-11-19T09:00:00Z
}

func ExampleDB_People() {
	ctx := context.Background()
	db, err := storage.Open(ctx, ":memory:", storage.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	syndicate(ctx, db)
	people, err := db.People(ctx, storage.Filter{Speaker: "cardenas"})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range people {
		fmt.Println(p.Name, p.Aliases, p.Articles, "articles")
		for _, r := range p.Roles {
			fmt.Println(" ", r.Title, r.Country, r.FirstSeen[:10], r.LastSeen[:10])
		}
	}
	// Output:
	// Julio Cárdenas [Cárdenas Julio Cárdenas] 3 articles
	//   President PE 2026-11-19 2026-11-21
}
