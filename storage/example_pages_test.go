package storage_test

import (
	"context"
	"fmt"
	"log"

	"github.com/newsdesk/newsdesk/storage"
)

func ExampleDB_ListQuotes() {
	ctx := context.Background()
	db := exampleDB(ctx)
	defer db.Close()
	search, err := storage.ParseSearch(`"left the room"`)
	if err != nil {
		log.Fatal(err)
	}
	page, err := db.ListQuotes(ctx, storage.QuoteQuery{Search: search, Country: "no", Limit: 10})
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range page.Quotes {
		fmt.Printf("%s, %s (%s): %s\n", q.Speaker, q.SpeakerTitle, q.SpeakerCountryName, q.Text)
		for _, seg := range storage.Highlight(q.Text, search) {
			if seg.Match {
				fmt.Printf("matched %q\n", seg.Text)
			}
		}
	}
	// Next is "" on the last page; otherwise it goes in the next query's Cursor.
	fmt.Printf("next page: %q\n", page.Next)
	// Output:
	// Ingrid Solberg, Foreign Minister (Norway): Nobody left the room.
	// matched "left the room"
	// next page: ""
}

func ExampleParseSearch() {
	for _, s := range []string{`talks OR mediators -oslo`, `"a quote that never ends`} {
		_, err := storage.ParseSearch(s)
		fmt.Println(err)
	}
	// Output:
	// <nil>
	// storage: bad search: a quotation mark is not closed
}
