package page

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// update rewrites the golden files: go test ./pipeline/page -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenDocument is how a Document is written to a golden file.
type goldenDocument struct {
	Title     string   `json:"title"`
	Byline    string   `json:"byline"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Language  string   `json:"language"`
	SiteName  string   `json:"siteName"`
	Body      []string `json:"body"`
}

func toGolden(d *Document) goldenDocument {
	g := goldenDocument{
		Title: d.Title, Byline: d.Byline, URL: d.URL, Language: d.Language, SiteName: d.SiteName,
		Body: []string{},
	}
	if !d.Published.IsZero() {
		g.Published = d.Published.Format(time.RFC3339)
	}
	if d.Body != "" {
		g.Body = strings.Split(d.Body, "\n")
	}
	return g
}

// TestGolden parses every testdata/*.html page and compares the result
// with testdata/*.golden.json.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no fixtures in testdata")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(src, "https://news.example/section/"+name)
			if err != nil {
				t.Fatal(err)
			}
			checkBodyShape(t, doc.Body)
			got, err := json.MarshalIndent(toGolden(doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			goldenPath := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run go test ./pipeline/page -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file (run with -update to accept):\ngot:\n%s\nwant:\n%s", name, got, want)
			}
		})
	}
}

// checkBodyShape checks the promises Document makes about Body.
func checkBodyShape(t *testing.T, body string) {
	t.Helper()
	if body == "" {
		return
	}
	if strings.TrimSpace(body) != body {
		t.Errorf("body has leading or trailing space: %q", body)
	}
	for i, line := range strings.Split(body, "\n") {
		if line == "" {
			t.Errorf("body line %d is blank", i)
		}
		if strings.TrimSpace(line) != line {
			t.Errorf("body line %d has leading or trailing space: %q", i, line)
		}
	}
}
