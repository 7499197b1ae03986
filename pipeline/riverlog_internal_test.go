package pipeline

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

// River's lines below Warn go to Debug, marked component=river; its
// warnings and errors stay as they are; newsdesk's own lines are not
// touched.
func TestRiverLogDemotesInfo(t *testing.T) {
	var b bytes.Buffer
	log := slog.New(slog.NewTextHandler(&b, nil)) // Info and up
	river := newRiverLogger(log).With("client_id", "c1")
	river.Info("River client started")
	river.Debug("producer: fetched jobs")
	river.Warn("job kind should match regex")
	river.Error("jobexecutor: job errored")
	log.Info("feed fetched")
	got := b.String()
	for _, s := range []string{"River client started", "fetched jobs"} {
		if strings.Contains(got, s) {
			t.Errorf("River's %q shows at Info:\n%s", s, got)
		}
	}
	for _, s := range []string{"level=WARN msg=\"job kind should match regex\" component=river client_id=c1",
		"level=ERROR msg=\"jobexecutor: job errored\" component=river", "level=INFO msg=\"feed fetched\"\n"} {
		if !strings.Contains(got, s) {
			t.Errorf("%q missing from\n%s", s, got)
		}
	}

	b.Reset()
	debug := slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelDebug}))
	newRiverLogger(debug).Info("River client started")
	if got := b.String(); !strings.Contains(got, `level=DEBUG msg="River client started" component=river`) {
		t.Errorf("at Debug, River's Info line reads %q", got)
	}
}
