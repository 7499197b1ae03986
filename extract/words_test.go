package extract

import (
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWordListsAllRead(t *testing.T) {
	sets, err := wordSets()
	if err != nil {
		t.Fatal(err)
	}
	var unread, missing []string
	for kind := range sets {
		if !wordKindsRead()[kind] {
			unread = append(unread, kind)
		}
	}
	for kind := range wordKindsRead() {
		if sets[kind] == nil {
			missing = append(missing, kind)
		}
	}
	sort.Strings(unread)
	sort.Strings(missing)
	if len(unread) > 0 {
		t.Errorf("word lists in data/words_*.tsv that no rule reads: %s", strings.Join(unread, ", "))
	}
	if len(missing) > 0 {
		t.Errorf("word lists rules read that data/words_*.tsv does not hold: %s", strings.Join(missing, ", "))
	}
}

func TestWordListsMalformed(t *testing.T) {
	for name, text := range map[string]string{
		"no kind":    "# header\nsaid\n",
		"empty kind": "said\t\n",
		"three cols": "said\tagent\textra\n",
	} {
		fsys := fstest.MapFS{"data/words_x.tsv": {Data: []byte(text)}}
		if _, err := loadWordSets(fsys); err == nil || !strings.Contains(err.Error(), "words_x.tsv") {
			t.Errorf("%s: got error %v, want one naming the file", name, err)
		}
	}
	fsys := fstest.MapFS{"data/words_x.tsv": {Data: []byte("# c\nsaid\tagent\r\n\nhas\tagent\n")}}
	sets, err := loadWordSets(fsys)
	if err != nil || !sets["agent"]["said"] || !sets["agent"]["has"] || len(sets) != 1 {
		t.Errorf("well-formed list: got %v, %v", sets, err)
	}
}

// BenchmarkLoadWordSets measures what the word lists cost on first use,
// which the first Extract of a body with any text pays.
func BenchmarkLoadWordSets(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadWordSets(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLongestParticle(t *testing.T) {
	n := 0
	for p := range nameParticles.words() {
		n = max(n, len(p))
	}
	if n != longestParticle {
		t.Errorf("the longest name particle has %d bytes; longestParticle says %d", n, longestParticle)
	}
}
