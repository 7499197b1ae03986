package storage

import (
	"fmt"
	"strings"
	"testing"
)

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
