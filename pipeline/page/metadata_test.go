package page

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readabilityNewsDir holds Readability.js test pages with their expected
// metadata.
var readabilityNewsDir = filepath.Join(sharedDir, "corpus", "readability-news")

// Floors for TestMetadataCorpus: the counts this package has reached.
const (
	titleFloor  = 29
	bylineFloor = 22
)

// foldSpace trims and folds white space, the comparison the corpus calls
// for.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestMetadataCorpus compares titles and bylines with the expected
// metadata of the readability-news pages.
func TestMetadataCorpus(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(readabilityNewsDir, "*", "expected-metadata.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Skipf("readability-news corpus not found at %s (the shared folder sits beside the repository)", readabilityNewsDir)
	}
	var titles, bylines, bylinesExact, pages int
	for _, metaPath := range dirs {
		dir := filepath.Dir(metaPath)
		name := filepath.Base(dir)
		raw, err := os.ReadFile(metaPath)
		if err != nil {
			t.Fatal(err)
		}
		var want struct {
			Title  string  `json:"title"`
			Byline *string `json:"byline"`
		}
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(src, "http://fakehost/test/page.html")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		pages++
		if foldSpace(doc.Title) == foldSpace(want.Title) {
			titles++
		} else {
			t.Logf("%s: title %q, want %q", name, doc.Title, want.Title)
		}
		wantBy := ""
		if want.Byline != nil {
			wantBy = *want.Byline
		}
		// The expected bylines are Readability.js's raw text, which keeps
		// a leading "By" and sometimes a date; Parse strips those, so the
		// expected byline is cleaned the same way before comparing.
		if foldSpace(doc.Byline) == foldSpace(wantBy) {
			bylinesExact++
		}
		if foldSpace(doc.Byline) == cleanByline(wantBy) {
			bylines++
		} else {
			t.Logf("%s: byline %q, want %q", name, doc.Byline, wantBy)
		}
	}
	t.Logf("pages %d: title matches %d/%d, byline matches %d/%d (%d/%d before stripping \"By\" from the expected)",
		pages, titles, pages, bylines, pages, bylinesExact, pages)
	if titles < titleFloor {
		t.Errorf("title matches %d are below the floor %d", titles, titleFloor)
	}
	if bylines < bylineFloor {
		t.Errorf("byline matches %d are below the floor %d", bylines, bylineFloor)
	}
}
