package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// Quote rows name their state and feed from a cache: a new feed or state
// shows at once, and a feed's new title once the names are read again.
func TestQuoteNamesFollowTheTables(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	save := func(url, feed string, q extract.Quote) {
		t.Helper()
		a := storage.Article{URL: url, FeedURL: feed, Title: "T", Body: "Body text of " + url, Published: time.Date(2026, 11, 17, 12, 0, 0, 0, time.UTC)}
		if err := db.RecordFetch(ctx, feed, time.Now(), storage.FetchResult{Status: storage.FeedOK, Title: "Wire of " + feed}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveArticle(ctx, a, &extract.Result{Quotes: []extract.Quote{q}}); err != nil {
			t.Fatal(err)
		}
	}
	names := func() map[string][3]string {
		t.Helper()
		p, err := db.ListQuotes(ctx, storage.QuoteQuery{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string][3]string{}
		for _, q := range p.Quotes {
			m[q.Text] = [3]string{q.SpeakerCountryName, q.Feed, q.FeedTitle}
		}
		return m
	}
	save("https://a.example/1", "https://a.example/feed", extract.Quote{Text: "First words", Speaker: "Ingrid Solberg",
		SpeakerKind: extract.SpeakerPerson, SpeakerCountry: "NO", Rule: "t"})
	if got := names()["First words"]; got != [3]string{"Norway", "https://a.example/feed", "Wire of https://a.example/feed"} {
		t.Errorf("first quote: %q", got)
	}
	// a state code no gazetteer has is stored under its code as its name
	save("https://b.example/1", "https://b.example/feed", extract.Quote{Text: "Second words", Speaker: "Ola Nordmann",
		SpeakerKind: extract.SpeakerPerson, SpeakerCountry: "XQ", Rule: "t"})
	if got := names()["Second words"]; got != [3]string{"XQ", "https://b.example/feed", "Wire of https://b.example/feed"} {
		t.Errorf("a new feed and state: %q", got)
	}
	if _, err := db.SQL().ExecContext(ctx, "UPDATE feeds SET title = 'Renamed' WHERE url = 'https://a.example/feed'"); err != nil {
		t.Fatal(err)
	}
	storage.ForgetNames(db) // what nameTTL does in time
	if got := names()["First words"][2]; got != "Renamed" {
		t.Errorf("renamed feed: %q", got)
	}
}
