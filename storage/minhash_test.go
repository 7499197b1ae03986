package storage

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// storySignature is a new shingler's signature of body, for tests that
// sign one body at a time.
func storySignature(body string) signature {
	var sh shingler
	return sh.signature(body)
}

// storyText writes n sentences of a story about place, each different.
func storyText(place string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "In %s, rescuers searched block %d of the old town while officials counted %d damaged homes and %d closed roads. ",
			place, i, 10*i+3, i+7)
	}
	return b.String()
}

// otherStory writes n sentences of a story unlike storyText's.
func otherStory(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Delegates from %d nations argued over clause %d of the fisheries accord until late on day %d. ", i+12, i, i+1)
	}
	return b.String()
}

func TestSameStory(t *testing.T) {
	full := storyText("Arequipa", 30)
	paras := strings.SplitAfter(full, ". ")
	for _, tc := range []struct {
		name string
		copy string
		want bool
	}{
		{"same text", full, true},
		{"ending trimmed to 60%", strings.Join(paras[:18], ""), true},
		{"a sentence changed", strings.Replace(full, "searched block 4 of", "combed through block 4 of", 1), true},
		{"a quarter of it", strings.Join(paras[:7], ""), true},
		{"another story", otherStory(30), false},
		{"its lead on another story", strings.Join(paras[:3], "") + otherStory(20), false},
		{"too short to say", "Rescuers searched the old town.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := storySignature(full), storySignature(tc.copy)
			if got := a.sameStory(b); got != tc.want {
				t.Errorf("sameStory = %v, want %v (jaccard %.2f, shingles %d and %d)", got, tc.want, a.jaccard(b), a.shingles, b.shingles)
			}
			if got := b.sameStory(a); got != tc.want {
				t.Errorf("sameStory is not symmetric")
			}
		})
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	s := storySignature(storyText("Lima", 5))
	o, err := unmarshalSignature(s.marshal(), s.shingles)
	if err != nil || o != s {
		t.Errorf("round trip: %v, equal %v", err, o == s)
	}
	if _, err := unmarshalSignature([]byte{1, 2}, 3); err == nil {
		t.Error("a short signature was read")
	}
}

// storySignatureOfWords is storySignature as first written, hashing the
// words of quoteWords: the reference shingleHashes must agree with.
func storySignatureOfWords(body string) signature {
	words := quoteWords(body)
	var hs []uint64
	for i := 0; i+storyShingle <= len(words); i++ {
		hs = append(hs, mix64(uint64(hashWords("", words[i:i+storyShingle]))))
	}
	return new(shingler).signatureOf(hs)
}

// Signatures stored before are compared with new ones: the words of a
// body are cut as quoteWords cuts them, whatever the text holds.
func TestStorySignatureAsOfWords(t *testing.T) {
	texts := []string{
		"",
		"Too short to shingle.",
		storyText("Lima", 5),
		storyText("Quito", 12),
		"The toll rose to 1,500 on Monday and 2.5 million were displaced, officials said; don’t expect the count of 3,4 to stop… at 12.",
		"Ça va, said the Président de la République — “Nous sommes prêts” — in Besançon on Tuesday, while naïve café owners shrugged and left.",
		"He said [the minister] would not resign... and then . . . the talks went on for a week until the deadline of 31 March passed.",
		"Numbers ,5 and 5, and .5 and 5. and 5,5,5 and 1.2.3 and the word end, 7 then a digit after a comma 8,9 in a long sentence.",
		"Bad bytes \xff\xfe in 1,\xff2 and 3,4\xc3 and e\u0301 decomposed accents in a sentence long enough to give a few shingles here.",
		"İstanbul ΑΘΗΝΑ Straße ǅemal ﬁnal’s O’Neill’s ‘quoted’ `back` ´acute´ ʼmodifierʼ words run on and on for a shingle or two more.",
	}
	for _, text := range texts {
		if got, want := storySignature(text), storySignatureOfWords(text); got != want {
			t.Errorf("storySignature(%.40q) = %v, want %v", text, got, want)
		}
	}
}

// Random texts of words, digits, marks, accents and bad bytes: the
// signature is the one of quoteWords' words, however the words fall into
// the runs that shingleHashes hashes side by side.
func TestStorySignatureOfRandomTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	parts := []string{"a", "bb", "Ccc", "dddd", "éé", "e\u0301", "1", "2,5", "3.", ".4", ",", ".", " ", "  ", "’", "'", "…", "—", "\xff", "Straße", "ΑΘΗΝΑ", "ﬁ", "\n"}
	for range 3000 {
		var b strings.Builder
		for range r.IntN(200) {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		if got, want := storySignature(text), storySignatureOfWords(text); got != want {
			t.Fatalf("storySignature(%q) = %v, want %v", text, got, want)
		}
	}
}

// distinct counts as sorting and compacting did, repeats, zeros and all.
func TestDistinct(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		hs := make([]uint64, r.IntN(400))
		for i := range hs {
			switch r.IntN(4) {
			case 0:
				hs[i] = uint64(r.IntN(5)) // small values and 0, often repeated
			case 1:
				if i > 0 {
					hs[i] = hs[r.IntN(i)]
				}
			default:
				hs[i] = r.Uint64()
			}
		}
		want := len(slices.Compact(slices.Sorted(slices.Values(hs))))
		if got := new(shingler).distinct(hs); got != want {
			t.Fatalf("distinct(%d hashes) = %d, want %d", len(hs), got, want)
		}
	}
}

// needsNFD agrees with the normaliser's own check on the whole text,
// whatever marks, accents, ASCII and bad bytes it mixes.
func TestNeedsNFD(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	parts := []string{"a", "e", "é", "e\u0301", "\u0301", "\u0323", "\u0301\u0323", "\u0323\u0301", "Å", "A\u030a", "\u212b", "\u1fef",
		"\u037e", "ﬁ", "가", "\u1100\u1161", "\xff", "\xc3", " ", ".", "’", "Straße", "ΑΘΗΝΑ", "İ", "\u0958"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := needsNFD(s), !norm.NFD.IsNormalString(s); got != want {
			t.Fatalf("needsNFD(%+q) = %v, want %v", s, got, want)
		}
	}
}

// fnv64a is hash/fnv's 64-bit FNV-1a, so that band keys stored before
// are the keys computed now.
func TestFNV64a(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 40 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		h := fnv.New64a()
		h.Write(b)
		if got, want := fnv64a(b), h.Sum64(); got != want {
			t.Fatalf("fnv64a(%x) = %x, want %x", b, got, want)
		}
	}
}
