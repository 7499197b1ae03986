package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "\n\nPrint the module version and the commit this newsdesk was built from (as 'go build'\nrecords them), the Go release, and the versions of the extraction rules and of the\ndatabase schema.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(e, fs, "version takes no arguments")
	}
	info, _ := debug.ReadBuildInfo()
	return writeVersion(e.stdout, info)
}

// writeVersion prints the module version (first line, alone, for scripts)
// and what else the build recorded. info may be nil (a binary built
// without module support).
func writeVersion(w io.Writer, info *debug.BuildInfo) error {
	version, commit, when, modified := "unknown", "", "", false
	goVersion := runtime.Version()
	if info != nil {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		goVersion = info.GoVersion
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	switch {
	case commit == "":
		// go build in a git checkout records it; go run, go test and
		// -buildvcs=false do not
		commit = "unknown (not recorded by this build; 'go build' in a git checkout records it)"
	case modified:
		commit += " (with uncommitted changes)"
	}
	if when != "" {
		commit += ", committed " + when
	}
	_, err := fmt.Fprintf(w, "newsdesk %s\ncommit:    %s\ngo:        %s %s/%s\nextractor: %s\nschema:    %d\n",
		version, commit, goVersion, runtime.GOOS, runtime.GOARCH, extract.Version, storage.SchemaVersion())
	return err
}
