package main

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdesk/newsdesk/cmd/newsdesk/internal/web"
	"github.com/newsdesk/newsdesk/storage"
)

var update = flag.Bool("update", false, "rewrite the outputs of the README's examples")

// readmeExample is a command of the README shown with its output: a line
// "$ COMMAND" (continued on the next lines while a quote is open), then the
// output, up to a blank line or the end of the code block.
type readmeExample struct {
	command    string
	line       int // of "$ ", counted from 0
	start, end int // lines of the output, end exclusive
	output     string
}

// readmeExamples finds the examples in the ```sh blocks of a README.
func readmeExamples(lines []string) []readmeExample {
	var out []readmeExample
	inBlock := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "```"):
			inBlock = l == "```sh"
			continue
		case !inBlock || !strings.HasPrefix(l, "$ "):
			continue
		}
		ex := readmeExample{command: strings.TrimPrefix(l, "$ "), line: i}
		for !quotesClosed(ex.command) && i+1 < len(lines) {
			i++
			ex.command += "\n" + lines[i]
		}
		ex.start = i + 1
		for i+1 < len(lines) && lines[i+1] != "" && !strings.HasPrefix(lines[i+1], "```") && !strings.HasPrefix(lines[i+1], "$ ") {
			i++
		}
		ex.end = i + 1
		ex.output = strings.Join(lines[ex.start:ex.end], "\n")
		out = append(out, ex)
	}
	return out
}

func quotesClosed(s string) bool {
	_, err := shellWords(s)
	return err == nil
}

// shellWords splits a command line as a POSIX shell does for the quoting
// the README uses: '...', "..." (with \" and \\), and backslash-newline.
func shellWords(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i++
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '\'' || c == '"':
			inWord = true
			j := i + 1
			for ; j < len(s) && s[j] != c; j++ {
				if c == '"' && s[j] == '\\' && j+1 < len(s) && (s[j+1] == '"' || s[j+1] == '\\') {
					j++
				}
				w.WriteByte(s[j])
			}
			if j == len(s) {
				return nil, fmt.Errorf("unclosed %c", c)
			}
			i = j
		default:
			inWord = true
			w.WriteByte(c)
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// The README's examples run against the demo database and print what the
// README shows, so that they cannot drift. The demo is ingested by the
// README's first command, exactly as written. Paths under the repository
// are shown as /path/to/newsdesk; the times of log lines and of the run
// may differ. After a change to the extractors, rewrite the outputs with
//
//	go test ./cmd/newsdesk -run README -update
func TestREADMEExamples(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme := filepath.Join(root, "README.md")
	text, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(text), "\n")
	examples := readmeExamples(lines)
	if len(examples) < 5 {
		t.Fatalf("README.md has %d examples with outputs, want at least 5", len(examples))
	}
	firstBlock := regexp.MustCompile("(?s)```sh\n(.*?)```").FindStringSubmatch(string(text))
	if firstBlock == nil || !strings.Contains(firstBlock[1], examples[0].command+"\n") || !strings.Contains(firstBlock[1], "go test ./...\n") {
		t.Fatalf("the README's first commands are not its first example (%q) and go test ./...", examples[0].command)
	}

	t.Chdir(root) // the README's commands run from the repository
	db := filepath.Join(t.TempDir(), "newsdesk.db")
	r := &readmeRunner{db: db, root: root}
	changed := false
	got := make([]string, len(examples))
	for i, ex := range examples {
		out, err := r.run(t, ex.command)
		if err != nil {
			t.Errorf("README line %d: %s\n%v", ex.line+1, ex.command, err)
			continue
		}
		got[i] = out
		if normaliseOutput(out) != normaliseOutput(ex.output) {
			changed = true
			if !*update {
				t.Errorf("README line %d: %s\nREADME shows:\n%s\nthe command prints:\n%s\n(go test ./cmd/newsdesk -run README -update rewrites the README)",
					ex.line+1, ex.command, ex.output, out)
			}
		}
	}
	if *update && changed {
		for i := len(examples) - 1; i >= 0; i-- {
			ex := examples[i]
			lines = append(lines[:ex.start], append(strings.Split(got[i], "\n"), lines[ex.end:]...)...)
		}
		if err := os.WriteFile(readme, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("rewrote the outputs in README.md")
	}
}

// readmeRunner runs the README's commands on one database.
type readmeRunner struct {
	db, root string
}

// run runs a README command and returns its output as the README would
// show it: without trailing spaces or the closing newline, paths of the
// repository as /path/to/newsdesk.
func (r *readmeRunner) run(t *testing.T, command string) (string, error) {
	words, err := shellWords(command)
	if err != nil {
		return "", err
	}
	var out string
	switch {
	case len(words) == 5 && words[0] == "sqlite3" && words[1] == "-header" && words[2] == "-column" && words[3] == "newsdesk.db":
		out, err = sqliteColumns(r.db, words[4])
	case len(words) > 3 && strings.Join(words[:3], " ") == "go run ./cmd/newsdesk":
		out, err = r.newsdesk(words[3:])
	case len(words) == 3 && words[0] == "curl" && words[1] == "-s" && strings.HasPrefix(words[2], "http://127.0.0.1:8080/"):
		out, err = r.serve(strings.TrimPrefix(words[2], "http://127.0.0.1:8080"))
	default:
		return "", fmt.Errorf("the test does not know how to run this command")
	}
	if err != nil {
		return "", err
	}
	out = strings.ReplaceAll(out, r.root, "/path/to/newsdesk")
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		b.WriteString(strings.TrimRight(l, " ") + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// newsdesk runs newsdesk on the test's database. It returns what a
// terminal shows: the warnings and errors on stderr (a terminal gets no
// INFO lines), then stdout.
func (r *readmeRunner) newsdesk(args []string) (string, error) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr},
		append(args, "--db", r.db))
	if code != 0 {
		return "", fmt.Errorf("exit %d: %s", code, stderr.String())
	}
	var b strings.Builder
	for _, l := range strings.SplitAfter(stderr.String(), "\n") {
		if l != "" && !strings.Contains(l, " level=INFO ") {
			b.WriteString(l)
		}
	}
	return b.String() + stdout.String(), nil
}

// sqliteColumns runs a query and prints its rows as sqlite3 -header
// -column does: each column as wide as its widest value, two spaces
// between columns, a line of dashes under the header, NULL as nothing.
func sqliteColumns(path, query string) (string, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer db.Close()
	rows, err := db.Query(query)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return "", err
	}
	table := [][]string{cols, make([]string, len(cols))}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = sqliteText(v)
		}
		table = append(table, row)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	widths := make([]int, len(cols))
	for _, row := range table {
		for i, v := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(v))
		}
	}
	for i, w := range widths {
		table[1][i] = strings.Repeat("-", w)
	}
	var b strings.Builder
	for _, row := range table {
		for i, v := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(v + strings.Repeat(" ", widths[i]-utf8.RuneCountInString(v)))
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

// sqliteText formats a value as the sqlite3 shell prints it.
func sqliteText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(v)
	case float64:
		if v == float64(int64(v)) {
			return strconv.FormatFloat(v, 'f', 1, 64)
		}
		return strconv.FormatFloat(v, 'g', 15, 64)
	}
	return fmt.Sprint(v)
}

// runTimes are what differs between two runs of the same command: the
// time of a log line, the seconds a run took.
var runTimes = regexp.MustCompile(`(?m)^time=\S+ |; [0-9.]+s$`)

// runIDs are the other: the ids of records in JSON answers (and the cursors
// made of them), which follow the order in which the ingest's concurrent
// fetches finished.
var runIDs = regexp.MustCompile(`"(id|article_id|person_id)":\d+|"next":"[^"]+"`)

// csvIDs are the same ids as the first column of CSV rows under an "id"
// header.
var csvIDs = regexp.MustCompile(`(?m)^\d+,`)

func normaliseOutput(s string) string {
	s = runTimes.ReplaceAllString(s, "<time>")
	if strings.HasPrefix(s, "id,") || strings.Contains(s, "\nid,") {
		s = csvIDs.ReplaceAllString(s, "<id>,")
	}
	return runIDs.ReplaceAllString(s, `"$1":<id>`)
}

// serve answers a request of the README's curl examples as 'newsdesk
// serve' on the test's database does.
func (r *readmeRunner) serve(target string) (string, error) {
	db, err := storage.OpenReadOnly(context.Background(), r.db)
	if err != nil {
		return "", err
	}
	defer db.Close()
	h, err := web.New(web.Config{DB: db})
	if err != nil {
		return "", err
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Body.String(), nil
}
