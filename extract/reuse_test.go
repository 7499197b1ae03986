package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestReusedBuffersLeakNothing: the buffers, maps and analysis a document
// keeps for the next one (docBuffers, passRooms) carry nothing over. Each
// held-out article gives, after any other through one pool, the Result it
// gives through a pool of its own; and a Result stays as it was returned
// once the next document has reused the buffers (nothing of it points into
// them).
func TestReusedBuffersLeakNothing(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no held-out articles in testdata/heldout")
	}
	texts := []string{"", "Five people were killed, police said."}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, strings.Join(texts[len(texts)-3:], "\n")) // one longer than the others
	ex := newTestExtractor(t)
	snapshot := func(r *Result) string {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	fresh := make([]string, len(texts))
	for i, text := range texts {
		fresh[i] = snapshot(ex.extractWith(new(bufferPool), text, nil))
	}
	// forward, backward, and each after the one half the list away
	n := len(texts)
	orders := [][]int{make([]int, n), make([]int, n), make([]int, 2*n)}
	for i := range n {
		orders[0][i], orders[1][i] = i, n-1-i
		orders[2][2*i], orders[2][2*i+1] = i, (i+n/2)%n
	}
	for oi, order := range orders {
		pool := new(bufferPool)
		var prev *Result
		prevAt := -1
		for _, i := range order {
			res := ex.extractWith(pool, texts[i], nil)
			if got := snapshot(res); got != fresh[i] {
				t.Errorf("order %d: text %d after text %d through one pool differs from its own run:\n got %s\nwant %s", oi, i, prevAt, got, fresh[i])
			}
			if prev != nil && snapshot(prev) != fresh[prevAt] {
				t.Errorf("order %d: the Result of text %d changed when text %d reused its buffers", oi, prevAt, i)
			}
			prev, prevAt = res, i
		}
	}
}
