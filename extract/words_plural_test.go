package extract

import "testing"

// TestHasWithS checks hasWithS against has of the joined word, over the
// sets it is asked of, their own words cut before a final s, and words of
// one and two bytes (whose middle byte is the s itself).
func TestHasWithS(t *testing.T) {
	sets := []*wordSet{troopVerbs, sendVerbs, deployVerbs, withdrawVerbs, possessVerbs, strengthVerbs, countedDeaths}
	words := []string{"a", "s", "ab", "field", "troop", "kill", "x-y", "abcdefghij"}
	for _, s := range sets {
		for w := range s.words() {
			words = append(words, w, w[:len(w)-1])
		}
	}
	for _, w := range words {
		if w != "" && shapeBitWithS(w) != shapeBit(w+"s") {
			t.Errorf("shapeBitWithS(%q) != shapeBit(%q)", w, w+"s")
		}
		for _, s := range sets {
			if got, want := s.hasWithS(w), s.has(w+"s"); got != want {
				t.Errorf("hasWithS(%q) = %v, has(%q) = %v", w, got, w+"s", want)
			}
		}
	}
}
