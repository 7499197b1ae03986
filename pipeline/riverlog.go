package pipeline

import (
	"context"
	"log/slog"
)

// riverLog is the handler of River's own logger: it demotes River's lines
// below Warn (a producer started or stopped, a client started, the
// elector's news) to Debug, so that a worker's log at the usual Info level
// shows newsdesk's lines (feed fetched, article skipped, worker stopped)
// and River's only when something is wrong. Each line is marked
// component=river.
type riverLog struct {
	h slog.Handler
}

// newRiverLogger is the logger a Queue gives River, writing through log's
// handler.
func newRiverLogger(log *slog.Logger) *slog.Logger {
	return slog.New(riverLog{log.Handler().WithAttrs([]slog.Attr{slog.String("component", "river")})})
}

// demote is the level a River line of level l is logged at.
func demote(l slog.Level) slog.Level {
	if l < slog.LevelWarn {
		return slog.LevelDebug
	}
	return l
}

func (r riverLog) Enabled(ctx context.Context, l slog.Level) bool {
	return r.h.Enabled(ctx, demote(l))
}

func (r riverLog) Handle(ctx context.Context, rec slog.Record) error {
	rec.Level = demote(rec.Level)
	return r.h.Handle(ctx, rec)
}

func (r riverLog) WithAttrs(as []slog.Attr) slog.Handler { return riverLog{r.h.WithAttrs(as)} }

func (r riverLog) WithGroup(name string) slog.Handler { return riverLog{r.h.WithGroup(name)} }
