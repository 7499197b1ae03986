package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// Quotes carry their article's publication time and their speaker's state
// as the listings show it (the attribution's, else the role's): when first
// saved, when the article is saved again changed and with a new date, and
// after reextraction.
func TestQuotesKeepArticleDate(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	res := sampleResult()
	res.Quotes[1].SpeakerCountry = "" // Solberg's state comes from her role
	a := article("https://example.invalid/dates", "", "", "A body long enough to hold every quote of the sample result, and more besides.")
	check := func(when string, published time.Time) {
		t.Helper()
		pub := published.UTC().Format(time.RFC3339)
		if n := count(t, db, "SELECT COUNT(*) FROM quotes WHERE published = ?", pub); n != len(res.Quotes) {
			t.Errorf("%s: %d quotes carry the article's date %s, want %d", when, n, pub, len(res.Quotes))
		}
		if n := count(t, db, "SELECT COUNT(*) FROM quotes WHERE speaker = 'Ingrid Solberg' AND country = 'NO'"); n != 1 {
			t.Errorf("%s: Solberg's quote does not carry her role's state", when)
		}
		p, err := db.ListQuotes(ctx, storage.QuoteQuery{Country: "NO", Since: published, Until: published.Add(time.Hour)})
		if err != nil || len(p.Quotes) != 1 || p.Quotes[0].Speaker != "Ingrid Solberg" {
			t.Errorf("%s: Norway at %s: %+v, %v", when, pub, p.Quotes, err)
		}
	}
	if _, err := db.SaveArticle(ctx, a, res); err != nil {
		t.Fatal(err)
	}
	check("first save", a.Published)

	a.Body += " A correction was added."
	a.Published = a.Published.Add(48 * time.Hour)
	if _, err := db.SaveArticle(ctx, a, res); err != nil {
		t.Fatal(err)
	}
	check("saved again with a new date", a.Published)

	if _, err := db.Reextract(ctx, func(string) *extract.Result {
		r := sampleResult()
		r.Quotes[1].SpeakerCountry = ""
		r.Quotes = r.Quotes[:2]
		return r
	}); err != nil {
		t.Fatal(err)
	}
	res.Quotes = res.Quotes[:2]
	check("reextracted", a.Published)
}
