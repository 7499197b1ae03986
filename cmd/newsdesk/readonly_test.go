package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// runAsEnv names the variable that makes the test binary run a command
// line instead of the tests: how a test runs newsdesk as another user.
const runAsEnv = "NEWSDESK_TEST_COMMAND_LINE"

func TestMain(m *testing.M) {
	if line := os.Getenv(runAsEnv); line != "" {
		var args []string
		if err := json.Unmarshal([]byte(line), &args); err != nil {
			panic(err)
		}
		// as main does: a worker drains on SIGTERM
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, args)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// unprivileged returns a function that runs a command line as a user who
// may not write to the folders a test makes read-only. That is the test's
// own user, unless it is root, whom no permission stops: then the test
// binary runs again as nobody.
func unprivileged(t *testing.T) func(args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return func(args ...string) (int, string, string) { return listRun(t, args...) }
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "newsdesk.test")
	copyFile(t, self, bin, 0o755)
	openToAll(t, filepath.Dir(bin))
	coverDir := t.TempDir()
	openToAll(t, coverDir)
	if err := os.Chmod(coverDir, 0o777); err != nil {
		t.Fatal(err)
	}
	return func(args ...string) (int, string, string) {
		line, _ := json.Marshal(args)
		cmd := exec.Command(bin)
		// a binary built with -cover writes its data, or warns: somewhere
		// nobody may write, and thrown away
		cmd.Env = append(slices.DeleteFunc(os.Environ(), func(v string) bool { return strings.HasPrefix(v, "GOCOVERDIR=") }),
			runAsEnv+"="+string(line), "GOCOVERDIR="+coverDir)
		asNobody(cmd)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if exit, ok := err.(*exec.ExitError); ok {
			return exit.ExitCode(), out.String(), errb.String()
		}
		if err != nil {
			t.Skipf("cannot run as nobody to test a read-only folder as root: %v", err)
		}
		return 0, out.String(), errb.String()
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, mode); err != nil {
		t.Fatal(err)
	}
}

// openToAll lets every user into dir and the temporary folder around it.
func openToAll(t *testing.T, dir string) {
	t.Helper()
	for d := dir; d != os.TempDir() && d != filepath.Dir(d); d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// The read commands read a database in a folder they may not write (an
// analyst's copy, a backup mount): they open it read-only and leave no file
// beside it.
func TestReadCommandsInReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	args := append([]string{"ingest", "--quiet", "--db", db}, ingestDemo...)
	if code, _, stderr := listRun(t, args...); code != 0 {
		t.Fatalf("ingest: exit %d %s", code, stderr)
	}
	if err := os.Remove(db + ".lock"); err != nil {
		t.Fatal(err)
	}
	openToAll(t, dir)
	before := folderNames(t, dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	runAs := unprivileged(t)

	for _, args := range [][]string{
		{"quotes", "--db", db},
		{"officials", "--db", db, "--format", "json"},
		{"figures", "--db", db, "--format", "csv"},
		{"feeds", "list", "--db", db},
	} {
		code, stdout, stderr := runAs(args...)
		if code != 0 || len(stdout) < 100 || stderr != "" {
			t.Errorf("%q in a read-only folder: exit %d, stderr %q, stdout:\n%s", args, code, stderr, stdout)
		}
	}
	if after := folderNames(t, dir); !slices.Equal(after, before) {
		t.Errorf("the folder held %q, now %q", before, after)
	}
}

func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
