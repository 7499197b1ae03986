package extract

import (
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWordListsAllRead(t *testing.T) {
	if wordSetsErr != nil {
		t.Fatal(wordSetsErr)
	}
	var unread []string
	for kind := range wordSets {
		if !wordKindsRead[kind] {
			unread = append(unread, kind)
		}
	}
	sort.Strings(unread)
	if len(unread) > 0 {
		t.Errorf("word lists in data/words_*.tsv that no rule reads: %s", strings.Join(unread, ", "))
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

// BenchmarkLoadWordSets measures what the word lists cost at start-up,
// which every run of newsdesk pays, an empty input too.
func BenchmarkLoadWordSets(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadWordSets(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}
