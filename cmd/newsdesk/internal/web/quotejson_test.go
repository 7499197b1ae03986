package web

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

// encodingJSON is the answer as encoding/json writes it, which the
// appender must match byte for byte.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestQuotesAnswerJSON(t *testing.T) {
	id := int64(42)
	next := "eyJ9.abc"
	full := storage.QuoteEntry{ID: 7, Text: "\"We <will> not\" \\ leave\n\ttoday\u2028\u2029 \x00\x1f\x7f é 😀 \xff\xfe bad", Speaker: "Ingrid Solberg",
		SpeakerKind: "person", SpeakerTitle: "Foreign Minister", SpeakerCountry: "NO", SpeakerCountryName: "Norway",
		Organization: "A & B", ArticleID: 3, ArticleURL: "https://example.org/a?x=1&y=<2>", ArticleTitle: "Title\r\b\f",
		Published: "2025-01-02T03:04:05Z", Feed: "https://example.org/feed.xml", FeedTitle: "Feed", Cue: "said", PersonID: &id}
	for name, a := range map[string]quotesAnswer{
		"nil quotes":   {},
		"empty":        {Quotes: []storage.QuoteEntry{}},
		"one, no next": {Quotes: []storage.QuoteEntry{full}},
		"two and next": {Quotes: []storage.QuoteEntry{full, {ID: 8, SpeakerKind: "body", Speaker: "Hamas"}}, Next: &next},
	} {
		if got, want := a.appendJSON(nil), encodingJSON(t, a); !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}
