package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// wordKindsRead returns the kinds the package's source asks wordList for
// (every call names its kind with a string literal).
func wordKindsRead(t *testing.T) map[string]bool {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	fset := gotoken.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn, ok := call.Fun.(*ast.Ident); !ok || fn.Name != "wordList" || len(call.Args) != 1 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			kind, err := strconv.Unquote(lit.Value)
			if !ok || err != nil {
				t.Errorf("%s: wordList with a kind that is no string literal", fset.Position(call.Pos()))
				return true
			}
			kinds[kind] = true
			return true
		})
	}
	return kinds
}

func TestWordListsAllRead(t *testing.T) {
	sets, err := wordSets()
	if err != nil {
		t.Fatal(err)
	}
	read := wordKindsRead(t)
	for kind := range sets {
		if s, ok := sets.list(kind); !ok || len(s) == 0 {
			t.Errorf("word list %s: no words", kind)
		}
	}
	var unread, missing []string
	for kind := range sets {
		if !read[kind] {
			unread = append(unread, kind)
		}
	}
	for kind := range read {
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

// TestWordFilesEmbedded checks that wordFiles embeds every
// data/words_*.tsv: a file left out of it would be read by no rule.
func TestWordFilesEmbedded(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("data", "words_*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	embedded := map[string]string{}
	for _, f := range wordFiles {
		embedded[f.name] = f.text
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if text, ok := embedded[filepath.Base(name)]; !ok || text != string(b) {
			t.Errorf("%s is not embedded in wordFiles (words.go): add a //go:embed string for it", name)
		}
	}
	if len(names) != len(wordFiles) {
		t.Errorf("wordFiles has %d files, data/ %d", len(wordFiles), len(names))
	}
}

func TestWordListsMalformed(t *testing.T) {
	for name, text := range map[string]string{
		"no kind":    "# header\nsaid\n",
		"empty kind": "said\t\n",
		"three cols": "said\tagent\textra\n",
	} {
		if _, err := indexWords([]wordFile{{"words_x.tsv", text}}); err == nil || !strings.Contains(err.Error(), "words_x.tsv") {
			t.Errorf("%s: got error %v, want one naming the file", name, err)
		}
	}
	idx, err := indexWords([]wordFile{
		{"words_x.tsv", "# c\nsaid\tagent\r\n\n# c\nhas\tagent\nwho\tother\n"},
		{"words_y.tsv", "told\tagent\n"},
	})
	agent, _ := idx.list("agent")
	other, _ := idx.list("other")
	if err != nil || !slices.Equal(agent, []string{"said", "has", "told"}) || len(other) != 1 || len(idx) != 2 {
		t.Errorf("well-formed lists: got %v, %v", idx, err)
	}
}

// BenchmarkLoadWordSets measures what the word lists cost on first use,
// which the first Extract of a body with any text pays: the index, and
// the sets of the 79 kinds the first article asks for (here all 287).
func BenchmarkLoadWordSets(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		idx, err := indexWords(wordFiles)
		if err != nil {
			b.Fatal(err)
		}
		for kind := range idx {
			l, _ := idx.list(kind)
			newShapeSet(l)
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
