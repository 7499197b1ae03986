package storage

import (
	"hash/fnv"
	"strings"
	"testing"
)

func TestParseQuote(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // segments joined by " | "
	}{
		{"curly and straight apostrophes", "We don’t back down", "we dont back down"},
		{"straight apostrophe", "We don't back down", "we dont back down"},
		{"case and punctuation", "WE DON'T, back down!", "we dont back down"},
		{"accents", "Nous irons à Genève", "nous irons a geneve"},
		{"unicode ellipsis", "We will rebuild … every clinic", "we will rebuild | every clinic"},
		{"dotted ellipsis", "We will rebuild... every clinic", "we will rebuild | every clinic"},
		{"spaced ellipsis", "We will rebuild . . . every clinic", "we will rebuild | every clinic"},
		{"bracketed insertion", "[The president] will rebuild every clinic", "will rebuild every clinic"},
		{"unclosed bracket is punctuation", "We will [rebuild every clinic", "we will rebuild every clinic"},
		{"thousands separator", "We sent 1,500 troops", "we sent 1500 troops"},
		{"hyphen splits", "a well-known fact", "a well known fact"},
		{"inner quotation marks", `He said ‘Oh my gosh’ and "left"`, "he said oh my gosh and left"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parseQuote(tc.text)
			var segs []string
			for _, s := range f.segments {
				segs = append(segs, strings.Join(s, " "))
			}
			if got := strings.Join(segs, " | "); got != tc.want {
				t.Errorf("parseQuote(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRelatedQuotes(t *testing.T) {
	const full = "We will rebuild every school and every clinic in the three provinces before the rains come"
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"same words, other marks and case", full, strings.ToUpper(full) + "!", true},
		{"changed punctuation", "We will rebuild, every school; and every clinic", "We will rebuild every school and every clinic", true},
		{"truncated end, 8 words", "We will rebuild every school and every clinic", full, true},
		{"truncated start", "every clinic in the three provinces before the rains come", full, true},
		{"ellipsis in the middle", "We will rebuild every school … before the rains come", full, true},
		{"partial of 7 words is not enough", "rebuild every school and every clinic in", full, false},
		{"ellipsis parts out of order", "before the rains come … We will rebuild every school", full, false},
		{"a word changed", "We will rebuild every hospital and every clinic in the three provinces", full, false},
		{"share a phrase only", "We will rebuild every school and every clinic, but not the bridges or the port", full, false},
		{"short exact repeat", "No comment", "no comment.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := related(parseQuote(tc.a), parseQuote(tc.b)); got != tc.want {
				t.Errorf("related(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// Every form the rules take as part of a quote shares a stored
// fingerprint with it, so that its cluster is found by key: any 8 words of
// it, its beginning or its end however short, its beginning and end with
// an ellipsis between.
func TestFingerprintsFindEveryPartial(t *testing.T) {
	full := parseQuote("Our neighbours test us every night, and every night we answer with more presence on the border, not with panic or with threats against anyone")
	stored := map[int64]bool{}
	for _, k := range full.fingerprints() {
		stored[k] = true
	}
	if n, all := len(stored), len(full.words)-shingleWords+1; n*2 > all+4 {
		t.Errorf("%d fingerprints of %d shingles: too many kept", n, all)
	}
	w := full.words
	forms := []string{strings.Join(w[:5], " ") + " … " + strings.Join(w[len(w)-5:], " ")}
	for i := 0; i+minPartialWords <= len(w); i++ {
		forms = append(forms, strings.Join(w[i:i+minPartialWords], " "))
	}
	for n := shingleWords; n <= len(w); n++ {
		forms = append(forms, strings.Join(w[:n], " "), strings.Join(w[len(w)-n:], " "))
	}
	for _, form := range forms {
		found := false
		for _, k := range parseQuote(form).lookupKeys() {
			found = found || stored[k]
		}
		if !found && len(parseQuote(form).words) >= minPartialWords {
			t.Errorf("%q shares no key with the full quote", form)
		}
	}
}

// quoteWords spares bodies the search for dotted ellipses; their words
// must stay parseQuote's.
func TestQuoteWordsAreParseQuotes(t *testing.T) {
	for _, text := range []string{
		"We will rebuild... every clinic, 1...5 and 1.5 . . . and 2,000",
		"a. . .b...c. ..d",
		"[The president] said... it – “won’t” – be [sic] over",
		"Café… naïve . . . résumé",
	} {
		if got, want := strings.Join(quoteWords(text), " "), strings.Join(parseQuote(text).words, " "); got != want {
			t.Errorf("%q: quoteWords %q, parseQuote %q", text, got, want)
		}
	}
}

// hashWords is FNV-1a of the words joined by spaces, as stored keys were
// made with hash/fnv.
func TestHashWordsIsFNV1a(t *testing.T) {
	for _, tc := range []struct {
		prefix string
		words  []string
		want   uint64
	}{
		{"", nil, 0xcbf29ce484222325},
		{"", []string{"a"}, 0xaf63dc4c8601ec8c},
		{"=", []string{"we", "dont"}, fnv1a("=we dont")},
	} {
		if got := uint64(hashWords(tc.prefix, tc.words)); got != tc.want {
			t.Errorf("hashWords(%q, %q) = %x, want %x", tc.prefix, tc.words, got, tc.want)
		}
	}
}

func fnv1a(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// mayHaveDottedEllipsis must say yes to every text dottedEllipsis matches.
func TestMayHaveDottedEllipsis(t *testing.T) {
	for _, text := range []string{"a...b", "a. . .b", "a.\t.\t.b", "a. ..", "..", "x.. .", "a.b. . .", "end...", "1.5 and . ..."} {
		if !mayHaveDottedEllipsis(text) {
			t.Errorf("%q: no dotted ellipsis found", text)
		}
	}
	for _, text := range []string{"", ".", "a.b.c", "a. b. c.", "No dots", "a.  .", "end."} {
		if mayHaveDottedEllipsis(text) != dottedEllipsis.MatchString(text) {
			t.Errorf("%q: mayHaveDottedEllipsis %v, dottedEllipsis %v", text, mayHaveDottedEllipsis(text), dottedEllipsis.MatchString(text))
		}
	}
}
