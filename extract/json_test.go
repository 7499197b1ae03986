package extract

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// The reflective marshalling the records used before json.go: json.go must
// give the same bytes.

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func reflectiveJSON(t *testing.T, v any) []byte {
	t.Helper()
	var out any
	switch r := v.(type) {
	case Official:
		type plain Official
		out = struct {
			plain
			Country      *string  `json:"country"`
			Organization *string  `json:"organization"`
			Also         []string `json:"also"`
			Mentions     []Span   `json:"mentions"`
		}{plain(r), nullable(r.Country), nullable(r.Organization), nonNil(r.Also), nonNil(r.Mentions)}
	case Quote:
		type plain Quote
		out = struct {
			plain
			Speaker             *string `json:"speaker"`
			SpeakerTitle        *string `json:"speaker_title"`
			SpeakerCountry      *string `json:"speaker_country"`
			SpeakerOrganization *string `json:"speaker_organization"`
			Cue                 *string `json:"cue"`
		}{plain(r), nullable(r.Speaker), nullable(r.SpeakerTitle), nullable(r.SpeakerCountry), nullable(r.SpeakerOrganization), nullable(r.Cue)}
	case Troops:
		type plain Troops
		out = struct {
			plain
			Country *string `json:"country"`
			Unit    *string `json:"unit"`
		}{plain(r), nullable(r.Country), nullable(r.Unit)}
	case Country:
		type plain Country
		out = struct {
			plain
			Spans []Span `json:"spans"`
		}{plain(r), nonNil(r.Spans)}
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonTestStrings are strings with everything encoding/json escapes.
var jsonTestStrings = []string{
	"", "Ana Lopez", `say "no" \ now`, "<b>&amp;</b>", "tab\tnew\nline\rcr", "\b\f\x00\x1f\x7f",
	"Zoë “quoted” — ok", "bad \xff utf-8 \xc3", "line\u2028para\u2029end", "日本語", "\u00ad\u200b",
}

func TestRecordsMarshalAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := func() string { return jsonTestStrings[rng.IntN(len(jsonTestStrings))] }
	spans := func() []Span {
		var out []Span
		for range rng.IntN(3) {
			out = append(out, Span{rng.IntN(1000), rng.IntN(1000)})
		}
		return out
	}
	for i := 0; i < 300; i++ {
		var also []string
		for range rng.IntN(3) {
			also = append(also, s())
		}
		for _, v := range []any{
			Official{Name: s(), Title: s(), Country: s(), Organization: s(), Also: also, Mentions: spans(), Rule: s()},
			Quote{Text: s(), Speaker: s(), SpeakerKind: s(), SpeakerTitle: s(), SpeakerCountry: s(), SpeakerOrganization: s(), Cue: s(), Start: rng.IntN(99), End: -rng.IntN(9), Rule: s()},
			Troops{Count: rng.Int64N(1e12) - 5, Approximate: rng.IntN(2) == 0, Country: s(), Unit: s(), Start: rng.IntN(99), End: rng.IntN(99), Evidence: s(), Rule: s()},
			Country{Code: s(), Name: s(), Mentions: rng.IntN(20), Spans: spans()},
		} {
			// the method's own bytes: json.Marshal would escape HTML in
			// them again, which an encoder with SetEscapeHTML(false) does not
			got, err := v.(json.Marshaler).MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if want := reflectiveJSON(t, v); !bytes.Equal(got, want) {
				t.Fatalf("%T marshals as\n%s\nwant\n%s", v, got, want)
			}
		}
	}
}

// BenchmarkMarshalResult measures marshalling one article's records.
func BenchmarkMarshalResult(b *testing.B) {
	res := &Result{
		Officials: []Official{{Name: "Mike Pompeo", Title: "Secretary of State", Country: "US", Also: []string{"Pompeo"}, Mentions: []Span{{437, 448}, {900, 907}}, Rule: "title-before-name"}},
		Countries: []Country{{Code: "IL", Name: "Israel", Mentions: 3, Spans: []Span{{121, 128}, {300, 307}, {500, 507}}}},
		Quotes:    []Quote{{Text: "I now do recall", Speaker: "Gordon Sondland", SpeakerKind: SpeakerPerson, SpeakerTitle: "Ambassador", SpeakerCountry: "US", Cue: "said", Start: 625, End: 643, Rule: "cue-after-quote"}},
		Troops:    []Troops{{Count: 7000, Approximate: true, Country: "DE", Unit: "soldiers", Start: 601, End: 622, Evidence: "Berlin's pledge to add almost 7,000 soldiers.", Rule: "number-personnel"}},
		Deaths:    []Deaths{},
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := json.Marshal(res); err != nil {
			b.Fatal(err)
		}
	}
}
