package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// extractRun runs the command line with stdin and returns its exit status
// and output.
func extractRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

// extracted decodes a stream of extraction objects, one line each or
// indented.
func extracted(t *testing.T, out string) []extraction {
	t.Helper()
	var docs []extraction
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var d extraction
		if err := dec.Decode(&d); err == io.EOF {
			return docs
		} else if err != nil {
			t.Fatalf("output is not a stream of JSON objects: %v\n%s", err, out)
		}
		docs = append(docs, d)
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const (
	textChad = "Chad will send 1,500 troops to the Sahel force, Defence Minister Hassan Mahamat Abakar said on Monday.\n"
	textPeru = "The death toll from the earthquake in southern Peru has risen to 63, officials said.\n"
)

// elfHeader is the start of a Linux program: what `extract /bin/ls` reads.
var elfHeader = "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00" + strings.Repeat("\x00\x10@\x00", 64)

func TestExtractRefusesBinary(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"program":     elfHeader,
		"photo.txt":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + strings.Repeat("\x00\x01", 100),
		"report.txt":  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n",
		"archive.txt": "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + strings.Repeat("\x03", 50),
		// text in its first bytes, binary after: a NUL anywhere is no text
		"late-nul.txt": strings.Repeat(textChad, 20) + "\x00\x00\x00\x00",
		// many control bytes, no NUL
		"control.txt": textChad + strings.Repeat("\x01\x02\x03\x04", 30),
	} {
		t.Run(name, func(t *testing.T) {
			code, out, stderr := extractRun(t, "", "extract", writeFile(t, dir, name, content))
			if code != 2 || out != "" || !strings.Contains(stderr, "not text or HTML") {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing, and 'not text or HTML'", code, out, stderr)
			}
		})
	}
	if _, err := os.Stat("/bin/ls"); err == nil {
		code, out, stderr := extractRun(t, "", "extract", "/bin/ls")
		if code != 2 || out != "" || !strings.Contains(stderr, "/bin/ls: not text or HTML") {
			t.Errorf("/bin/ls: exit %d, stdout %.80q, stderr %q", code, out, stderr)
		}
	}
	// stdin is sniffed the same way
	if code, out, stderr := extractRun(t, elfHeader, "extract", "-"); code != 2 || out != "" || !strings.Contains(stderr, "-: not text or HTML") {
		t.Errorf("binary stdin: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

// Text is text in whatever encoding, and a stray control byte (real feeds
// have them) does not make it binary.
func TestExtractReadsText(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, content, want string
	}{
		{"latin1.txt", "Les soldats fran\xe7ais quittent le Niger, a d\xe9clar\xe9 le ministre.\n", "Les soldats français quittent le Niger, a déclaré le ministre."},
		{"bell.txt", textChad[:20] + "\x07" + textChad[20:], "Chad will send 1,500"},
		{"crlf.txt", strings.ReplaceAll(textChad+textPeru, "\n", "\r\n"), textChad + textPeru},
		{"bom.txt", "\xef\xbb\xbf" + textPeru, textPeru},
		// "BM" is a BMP image's signature, and "BMW" a carmaker
		{"carmaker.txt", "BMW will cut 1,200 jobs, the company said.\n" + textPeru, "BMW will cut 1,200 jobs"},
	} {
		code, out, stderr := extractRun(t, "", "extract", writeFile(t, dir, tt.name, tt.content))
		docs := extracted(t, out)
		if code != 0 || len(docs) != 1 || !strings.Contains(docs[0].Body, tt.want) {
			t.Errorf("%s: exit %d, %d documents, stderr %q; want a body with %q:\n%s", tt.name, code, len(docs), stderr, tt.want, out)
		}
	}
}

// Several inputs, some failing: the good ones are printed in order, each
// failure is a line on stderr, and the exit status is 2.
func TestExtractSeveralInputsSomeFailing(t *testing.T) {
	dir := t.TempDir()
	chad := writeFile(t, dir, "chad.txt", textChad)
	peru := writeFile(t, dir, "peru.txt", textPeru)
	binary := writeFile(t, dir, "binary", elfHeader)
	missing := filepath.Join(dir, "missing.txt")
	sub := filepath.Join(dir, "folder")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := extractRun(t, "", "extract", chad, missing, sub, binary, peru)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	docs := extracted(t, out)
	if len(lines) != 2 || len(docs) != 2 || docs[0].Body != textChad || docs[1].Body != textPeru {
		t.Fatalf("want the two good documents on two lines, in order; got:\n%s", out)
	}
	if len(docs[0].Troops) != 1 || len(docs[1].Deaths) != 1 {
		t.Errorf("extractions: %+v %+v", docs[0].Result, docs[1].Result)
	}
	errLines := strings.Split(strings.TrimSpace(stderr), "\n")
	for i, want := range []string{missing + ": ", sub + ": is a directory", binary + ": not text or HTML"} {
		if i >= len(errLines) || !strings.HasPrefix(errLines[i], "newsdesk extract: "+want) {
			t.Errorf("stderr line %d: want %q; stderr:\n%s", i+1, want, stderr)
		}
	}
	if len(errLines) != 3 {
		t.Errorf("want one stderr line per failure:\n%s", stderr)
	}

	// all good: exit 0
	if code, out, stderr := extractRun(t, "", "extract", chad, peru); code != 0 || len(extracted(t, out)) != 2 || stderr != "" {
		t.Errorf("two good inputs: exit %d, stderr %q\n%s", code, stderr, out)
	}
	// all failing: still 2, the run completed
	if code, out, _ := extractRun(t, "", "extract", missing); code != 2 || out != "" {
		t.Errorf("one missing input: exit %d, stdout %q; want 2 and nothing", code, out)
	}
}

// --pretty indents every document, however many.
func TestExtractPrettySeveral(t *testing.T) {
	dir := t.TempDir()
	chad := writeFile(t, dir, "chad.txt", textChad)
	peru := writeFile(t, dir, "peru.txt", textPeru)
	code, out, stderr := extractRun(t, "", "extract", "--pretty", chad, peru)
	docs := extracted(t, out)
	if code != 0 || len(docs) != 2 || docs[1].Body != textPeru {
		t.Fatalf("exit %d, %d documents, stderr %q", code, len(docs), stderr)
	}
	if n := strings.Count(out, "\n  \"body\": "); n != 2 {
		t.Errorf("%d indented bodies, want 2:\n%s", n, out)
	}
}

// A page is a page whatever its name: saved as .txt or given on stdin, it
// is reduced to its article, and the menus, scripts and footer of the page
// add no countries.
func TestExtractSniffsPages(t *testing.T) {
	saved := filepath.Join("testdata", "saved-page.txt")
	page, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	asHTML := writeFile(t, t.TempDir(), "saved-page.html", string(page))
	var want string
	for _, args := range [][]string{{"extract", asHTML}, {"extract", saved}, {"extract"}, {"extract", "-"}} {
		code, out, stderr := extractRun(t, string(page), args...)
		docs := extracted(t, out)
		if code != 0 || len(docs) != 1 {
			t.Fatalf("%q: exit %d, %d documents, stderr %q", args, code, len(docs), stderr)
		}
		d := docs[0]
		if strings.Contains(d.Body, "<") || strings.Contains(d.Body, "dataLayer") || strings.Contains(d.Body, "editions") ||
			!strings.HasPrefix(d.Body, "VALPARAÍSO — Harbour pilots") {
			t.Errorf("%q: the body is not the article's:\n%s", args, d.Body)
		}
		if d.Title == nil || *d.Title != "Harbour pilots strike in Valparaíso" {
			t.Errorf("%q: title %v", args, d.Title)
		}
		var codes []string
		for _, c := range d.Countries {
			codes = append(codes, c.Code)
		}
		if strings.Join(codes, " ") != "CL" {
			t.Errorf("%q: countries %q, want only CL (the menus name a dozen)", args, codes)
		}
		if want == "" {
			want = out
		} else if out != want {
			t.Errorf("%q: the extraction differs from the page's named .html", args)
		}
	}
}

// An article whose text mentions markup is still text; an .html fragment is
// a page.
func TestExtractTextWithMarkup(t *testing.T) {
	dir := t.TempDir()
	text := "Engineers said the <b> tag and a stray < sign broke the site. " + textPeru
	code, out, _ := extractRun(t, "", "extract", writeFile(t, dir, "note.txt", text))
	if docs := extracted(t, out); code != 0 || len(docs) != 1 || docs[0].Body != text {
		t.Errorf("text with a tag in it: exit %d\n%s", code, out)
	}
	fragment := "<p>" + strings.TrimSpace(textChad) + "</p><p>" + strings.TrimSpace(textPeru) + "</p>"
	code, out, _ = extractRun(t, "", "extract", writeFile(t, dir, "fragment.html", fragment))
	if docs := extracted(t, out); code != 0 || len(docs) != 1 || strings.Contains(docs[0].Body, "<p>") {
		t.Errorf("an .html fragment: exit %d\n%s", code, out)
	}
}

// An input larger than --max-bytes is refused with the limit named, on
// stdin as in a file; the other inputs are still extracted.
func TestExtractMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "big.txt", strings.Repeat(textChad, 40))
	small := writeFile(t, dir, "small.txt", textPeru)
	code, out, stderr := extractRun(t, "", "extract", big, "--max-bytes", "2000", small)
	if docs := extracted(t, out); code != 2 || len(docs) != 1 || docs[0].Body != textPeru {
		t.Errorf("exit %d, stdout %q; want 2 and the small file only", code, out)
	}
	if want := big + ": file too large"; !strings.Contains(stderr, want) || !strings.Contains(stderr, "limit of 2000 bytes") {
		t.Errorf("stderr %q: want %q and the limit", stderr, want)
	}
	code, _, stderr = extractRun(t, strings.Repeat(textChad, 40), "extract", "--max-bytes", "2000")
	if code != 2 || !strings.Contains(stderr, "-: file too large") {
		t.Errorf("stdin: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := extractRun(t, "", "extract", "--max-bytes", "0", small); code != 1 {
		t.Errorf("--max-bytes 0: exit %d, want a usage error", code)
	}
}

// gcPercent reads the collector's percent (setting it back as it was).
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestRoomyGCPutsTheDefaultBackForALongBody(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: roomyGC leaves the collector alone")
	}
	before := gcPercent()
	g := roomyGC()
	defer g.restore()
	g.input(roomyBody - 1)
	if p := gcPercent(); p != roomyGCPercent {
		t.Fatalf("after an article: GC percent %d, want %d", p, roomyGCPercent)
	}
	g.input(roomyBody)
	if p := gcPercent(); p != before {
		t.Fatalf("after a long body: GC percent %d, want %d back", p, before)
	}
	g.input(10)
	if p := gcPercent(); p != before {
		t.Fatalf("after a long body and an article: GC percent %d, want %d", p, before)
	}
}
