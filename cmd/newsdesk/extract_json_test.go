package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

// TestAppendExtractionMatchesEncoder checks appendExtraction against
// json.Encoder (HTML escaping off), which it stands in for.
func TestAppendExtractionMatchesEncoder(t *testing.T) {
	title, url := "A <b>\"title\"</b> & more", "https://example.org/a?b=1&c=2"
	odd := "tab\there, nul\x00, bad \xff byte, line\u2028sep\u2029, back\\slash, é and 😀"
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	body := "The Foreign Minister of France, Jean Dupont, said: \"We will send 300 troops <now> & later.\"\n" +
		"At least 12 people were killed in the attack, police said."
	cases := map[string]*extraction{
		"empty result": {Body: "", Result: ex.Extract("")},
		"extracted":    {Title: &title, URL: &url, Body: body, Result: ex.Extract(body)},
		"nil lists":    {Byline: &odd, Body: odd, Result: &extract.Result{}},
		"odd records": {Body: odd, Result: &extract.Result{
			Officials: []extract.Official{{Name: odd, Title: "<chief>", Mentions: []extract.Span{{Start: 1, End: 2}}}},
			Countries: []extract.Country{{Code: "FR", Name: "France & co"}},
			Quotes:    []extract.Quote{{Text: odd, Speaker: "A & B", Cue: ":"}},
			Troops:    []extract.Troops{{Count: 5, Evidence: odd}},
			Deaths:    []extract.Deaths{{Count: 3, Approximate: true, Cumulative: true, Start: 4, End: 9, Evidence: odd, Rule: "<r>"}},
		}},
	}
	for name, out := range cases {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		got, ok := appendExtraction(nil, out)
		if !ok {
			t.Fatalf("%s: ok %v", name, ok)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want.Bytes())
		}
	}
	if _, ok := appendExtraction(nil, &extraction{Body: "x"}); ok {
		t.Error("an extraction without a Result: want ok false, for encoding/json")
	}
}
